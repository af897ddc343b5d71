package io.vpcgate.rules.run;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CloudSqlAttachmentUnresolvedTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudSqlAttachmentUnresolved(), getClass());
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
  void withoutLiveState_anUnknownInstanceIsNotCalledMissing() {
    tester().addTerraformLines("main.tf", """
        resource "google_cloud_run_v2_service" "worker" {
          name     = "worker"
          location = "us-central1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
            }
            volumes {
              name = "cloudsql"
              cloud_sql_instance {
                instances = ["acme:us-central1:pg-old"]
              }
            }
          }
        }
        """).expectNotEvaluated(); // neither a finding nor a "not evaluated": existence is judged only against live state
  }

  @Test
  void aSnapshotHoldingNothingOfTheProject_isNotEvaluated() {
    RuleTester.of(new CloudSqlAttachmentUnresolved(), getClass()).withLiveSnapshotText("[]")
        .addTerraformLines("main.tf", """
        resource "google_cloud_run_v2_service" "api" {
          project  = "acme"
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "gcr.io/acme/api"
            }
            volumes {
              name = "cloudsql"
              cloud_sql_instance {
                instances = ["acme:us-central1:pg"]
              }
            }
          }
        }
        """).expectNotEvaluated("whether Cloud SQL acme:us-central1:pg exists: no live Cloud SQL instance data was read for project acme");
  }

  /** A snapshot that says it read the Cloud SQL instances of project acme in us-central1 only, and found none. */
  private static final String READ_US_CENTRAL1_ONLY = """
      [{"name": "//vpcgate/coverage", "assetType": "vpcgate/Coverage", "resource": {"version": "1", "data": {
          "read": [{"kind": "sql_instance", "project": "acme", "region": "us-central1"}]}}}]""";

  private static String attaching(String conn, String marker) {
    StringBuilder b = new StringBuilder("""
        resource "google_cloud_run_v2_service" "api" {
          project  = "acme"
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "gcr.io/acme/api"
            }
            volumes {
              name = "cloudsql"
              cloud_sql_instance {
        """);
    marker.lines().forEach(l -> b.append("        ").append(l).append("\n"));
    return b.append("        instances = [\"").append(conn).append("\"]\n      }\n    }\n  }\n}\n").toString();
  }

  @Test
  void anInstanceMissingFromARegionTheSnapshotRead_isMissing() {
    tester().withLiveSnapshotText(READ_US_CENTRAL1_ONLY).addTerraformLines("main.tf", attaching("acme:us-central1:pg", """
        # BUG: Finding contains: Service google_cloud_run_v2_service.api attaches Cloud SQL acme:us-central1:pg, which does not exist live and is not declared in Terraform
        # FIX: Attach an existing instance's connection_name
        """)).expectMarkers();
  }

  @Test
  void anInstanceInARegionTheSnapshotDidNotRead_isNotEvaluated() {
    tester().withLiveSnapshotText(READ_US_CENTRAL1_ONLY).addTerraformLines("main.tf", attaching("acme:europe-west1:pg", ""))
        .expectNotEvaluated("google_cloud_run_v2_service.api: whether Cloud SQL acme:europe-west1:pg exists: no live Cloud SQL "
            + "instance data was read for project acme in europe-west1");
  }

  @Test
  void aDomainScopedProject_isReadUpToTheRegion() {
    // example.com:acme is the project of a domain-scoped connection name; its region is still the second-to-last part.
    tester().withLiveSnapshotText(READ_US_CENTRAL1_ONLY).addTerraformLines("main.tf", attaching("example.com:acme:us-central1:pg", ""))
        .expectNotEvaluated("whether Cloud SQL example.com:acme:us-central1:pg exists: no live Cloud SQL instance data was read "
            + "for project example.com:acme in us-central1");
  }
}
