package io.vpcgate.rules.run;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CloudRunIamMissingTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunIamMissing(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  @Test
  void snapshotWithoutIamPolicies_isNotEvaluated_neverPassed() {
    tester().addTerraformFile("bad.tf").withLiveSnapshotText("""
        [{"name": "//cloudsql.googleapis.com/projects/acme/instances/pg-main",
          "assetType": "sqladmin.googleapis.com/Instance",
          "resource": {"version": "v1beta4", "location": "us-central1", "data": {
            "name": "pg-main", "project": "acme", "region": "us-central1",
            "connectionName": "acme:us-central1:pg-main"}}}]
        """).expectNotEvaluated("the IAM policy of project acme was not read", "the identity it runs as is not known");
  }

  @Test
  void withoutTheProjectsIamPolicy_theCloudSqlGrantIsNotEvaluated_neverPassed() {
    RuleTester.of(new CloudRunIamMissing(), getClass()).addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            service_account = "api@acme.iam.gserviceaccount.com"
            volumes {
              name = "cloudsql"
              cloud_sql_instance {
                instances = ["acme:us-central1:db"]
              }
            }
            containers {
              image = "gcr.io/acme/api"
            }
          }
        }
        """).withLiveSnapshotText("""
        [{"name": "//compute.googleapis.com/projects/acme/global/networks/default",
          "assetType": "compute.googleapis.com/Network", "resource": {"data": {"name": "default"}}}]""")
        .expectNotEvaluated("google_cloud_run_v2_service.api: whether api@acme.iam.gserviceaccount.com may connect to "
            + "Cloud SQL acme:us-central1:db: the IAM policy of project acme was not read");
  }
}
