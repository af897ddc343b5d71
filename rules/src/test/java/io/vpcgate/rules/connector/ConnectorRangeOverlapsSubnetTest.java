package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorRangeOverlapsSubnetTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorRangeOverlapsSubnet(), getClass());
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
  void liveRanges_unmanagedSubnetAndOtherRegionConnectorCount() {
    tester().addTerraformFile("live.tf").withLiveSnapshot("live-subnet.live.json").expectMarkers();
  }

  @Test
  void aConnectorWhoseNameIsUnknown_neverOverlapsItself() {
    RuleTester.of(new ConnectorRangeOverlapsSubnet(), getClass()).addTerraformLines("main.tf", """
        variable "env" {
          type = string
        }
        resource "google_vpc_access_connector" "c" {
          project       = "acme"
          region        = "us-central1"
          name          = "${var.env}-conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        """).expectNoFindings();
  }
}
