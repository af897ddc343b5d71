package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class WorkloadConnectorUnresolvedTest {
  private RuleTester tester() {
    return RuleTester.of(new WorkloadConnectorUnresolved(), getClass());
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
  void aSnapshotHoldingNothingOfTheProject_isNotEvaluated_neverSaidNotToExist() {
    // Another environment's export: nothing of project acme was read, so the connector's absence proves nothing.
    RuleTester.of(new WorkloadConnectorUnresolved(), getClass()).withLiveSnapshotText("""
        [{"name": "//compute.googleapis.com/projects/other-env/global/networks/vpc",
          "assetType": "compute.googleapis.com/Network", "resource": {"version": "v1", "data": {"name": "vpc"}}}]""")
        .addTerraformLines("main.tf", """
        resource "google_cloud_run_v2_service" "api" {
          project  = "acme"
          name     = "api"
          location = "us-central1"
          template {
            vpc_access {
              connector = "projects/acme/locations/us-central1/connectors/conn"
            }
            containers {
              image = "gcr.io/acme/api"
            }
          }
        }
        """).expectNotEvaluated("whether connector conn exists: no live Serverless VPC Access connector data was read for project acme");
  }
}
