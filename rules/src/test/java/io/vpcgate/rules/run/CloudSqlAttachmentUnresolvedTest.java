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
        """).expectNoFindings();
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
}
