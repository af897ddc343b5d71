package io.vpcgate.rules.wiring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AllTrafficWithoutNatTest {
  private RuleTester tester() {
    return RuleTester.of(new AllTrafficWithoutNat(), getClass());
  }

  @Test
  void markedFixture_aNatInAnotherRegionDoesNotCount() {
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
  void publicEndpoints() {
    assertTrue(AllTrafficWithoutNat.isPublic("https://oauth2.googleapis.com/token"));
    assertTrue(AllTrafficWithoutNat.isPublic("8.8.8.8"));
    assertFalse(AllTrafficWithoutNat.isPublic("http://metadata.google.internal/computeMetadata/v1"));
    assertFalse(AllTrafficWithoutNat.isPublic("10.0.0.3:6379"));
    assertFalse(AllTrafficWithoutNat.isPublic("info"));
  }

  private static final String DIRECT_VPC = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_cloud_run_v2_service" "api" {
        name     = "api"
        location = "us-central1"
        template {
          vpc_access {
            network_interfaces {
              network    = "app-vpc"
              subnetwork = "run-subnet"
            }
            # BUG: Finding contains: routes ALL_TRAFFIC through Direct VPC egress on subnetwork run-subnet, but network acme/app-vpc has no Cloud NAT in us-central1 that covers its subnetwork run-subnet; it reaches the internet (PAYMENTS_URL)
            egress = "ALL_TRAFFIC"
          }
          containers {
            image = "gcr.io/acme/api"
            env {
              name  = "PAYMENTS_URL"
              value = "https://api.stripe.com/v1"
            }
          }
        }
      }
      """;
  private static final String NETWORK_AND_SUBNET = """
      {"name": "//compute.googleapis.com/projects/acme/global/networks/app-vpc",
       "assetType": "compute.googleapis.com/Network", "resource": {"data": {"name": "app-vpc"}}},
      {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/subnetworks/run-subnet",
       "assetType": "compute.googleapis.com/Subnetwork", "resource": {"location": "us-central1", "data": {
         "name": "run-subnet", "network": "projects/acme/global/networks/app-vpc", "ipCidrRange": "10.10.0.0/24",
         "region": "us-central1"}}}""";

  @Test
  void directVpc_allTraffic_noNat_internetUse_blocks() {
    tester().addTerraformLines("main.tf", DIRECT_VPC).withLiveSnapshotText("[" + NETWORK_AND_SUBNET + "]").expectMarkers();
  }

  @Test
  void directVpc_allTraffic_withANatListingItsSubnet_isClean() {
    tester().addTerraformLines("main.tf", DIRECT_VPC.replace("# BUG:", "# clean:")).withLiveSnapshotText("["
        + NETWORK_AND_SUBNET + """
        , {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/routers/nat-router",
           "assetType": "compute.googleapis.com/Router", "resource": {"location": "us-central1", "data": {
             "name": "nat-router", "network": "projects/acme/global/networks/app-vpc", "region": "us-central1",
             "nats": [{"name": "nat", "sourceSubnetworkIpRangesToNat": "LIST_OF_SUBNETWORKS",
                       "subnetworks": [{"name": "projects/acme/regions/us-central1/subnetworks/run-subnet"}]}]}}}]""")
        .expectNoFindings();
  }

  @Test
  void aNetworkInAProjectTheSnapshotHoldsNothingOf_isNotEvaluated_neverSaidToLackNat() {
    tester().addTerraformLines("main.tf", DIRECT_VPC.replace("# BUG:", "# not judged:")
            .replace("network    = \"app-vpc\"", "network    = \"projects/project2/global/networks/default\""))
        .withLiveSnapshotText("[" + NETWORK_AND_SUBNET + "]")
        .expectNotEvaluated("google_cloud_run_v2_service.api: whether a Cloud NAT serves Direct VPC egress on subnetwork "
            + "run-subnet on network project2/default: no live Cloud Router data was read for project project2");
  }
}
