package io.vpcgate.rules.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Finding;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Its findings are about live resources, which have no .tf line to mark, so this test names them. */
class UnmanagedLiveResourceTest {
  private RuleTester tester() {
    return RuleTester.of(new UnmanagedLiveResource(), getClass()).withLiveSnapshot("live.json").withState("state.json");
  }

  @Test
  void liveResourcesInScopeThatNoTerraformKnows() {
    List<String> subjects = tester().addTerraformFile("bad.tf").findings().stream().map(Finding::subject).sorted().toList();
    assertEquals(List.of("projects/acme/locations/us-central1/connectors/same",
        "projects/acme/locations/us-central1/instances/cache", "projects/acme/locations/us-central1/instances/handmade",
        "projects/acme/locations/us-central1/services/api", "projects/acme/locations/us-central1/services/worker"), subjects);
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  @Test
  void withoutState_isSkipped() {
    RuleTester.of(new UnmanagedLiveResource(), getClass()).withLiveSnapshot("live.json").addTerraformFile("bad.tf")
        .expectSkipped();
  }

  @Test
  void liveResourcesOfKindsWithoutDriftChecks_areNotReported() {
    // A Cloud Router in the same project and region: a kind with no drift fields, so not one DRIFT-03 covers.
    var findings = RuleTester.of(new UnmanagedLiveResource(), getClass()).addTerraformLines("main.tf", """
        resource "google_vpc_access_connector" "conn" {
          project       = "acme"
          region        = "us-central1"
          name          = "conn"
          network       = "vpc"
          ip_cidr_range = "10.1.0.0/28"
        }
        """).withStateText("{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"resources\": []}}}")
        .withLiveSnapshotText("""
            [{"name": "//compute.googleapis.com/projects/acme/regions/us-central1/routers/nat-router",
              "assetType": "compute.googleapis.com/Router",
              "resource": {"version": "v1", "location": "us-central1", "data": {"name": "nat-router",
                "region": "https://www.googleapis.com/compute/v1/projects/acme/regions/us-central1",
                "network": "https://www.googleapis.com/compute/v1/projects/acme/global/networks/vpc"}}},
             {"name": "//vpcaccess.googleapis.com/projects/acme/locations/us-central1/connectors/stray",
              "assetType": "vpcaccess.googleapis.com/Connector",
              "resource": {"version": "v1", "location": "us-central1", "data": {
                "name": "projects/acme/locations/us-central1/connectors/stray", "network": "vpc",
                "ipCidrRange": "10.1.0.16/28", "state": "READY"}}}]""").findings();
    assertEquals(List.of("projects/acme/locations/us-central1/connectors/stray"),
        findings.stream().map(Finding::subject).toList());
  }
}
