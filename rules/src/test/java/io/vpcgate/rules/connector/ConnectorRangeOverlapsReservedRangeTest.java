package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorRangeOverlapsReservedRangeTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorRangeOverlapsReservedRange(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  @Test
  void liveRedisRange_fromAnotherTeam() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "c" {
          name          = "c"
          network       = "staging-vpc"
          # BUG: Finding contains: overlaps Redis projects/acme/locations/us-central1/instances/cache reserved range 10.166.204.80/29
          ip_cidr_range = "10.166.204.80/28"
        }
        """).withLiveSnapshotText("""
        [{"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/cache",
          "assetType": "redis.googleapis.com/Instance",
          "resource": {"data": {"host": "10.166.204.83", "port": 6379, "reservedIpRange": "10.166.204.80/29",
            "authorizedNetwork": "projects/acme/global/networks/staging-vpc", "connectMode": "DIRECT_PEERING"}}}]
        """).expectMarkers();
  }
}
