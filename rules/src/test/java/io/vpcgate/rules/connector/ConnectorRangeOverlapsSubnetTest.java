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

  private static final String AUTO_MODE = """
      resource "google_compute_network" "auto" {
        project                 = "acme"
        name                    = "auto"
        auto_create_subnetworks = true
      }
      resource "google_compute_subnetwork" "extra" {
        project       = "acme"
        region        = "us-central1"
        name          = "extra"
        network       = google_compute_network.auto.id
        ip_cidr_range = "10.0.0.0/28"
      }
      resource "google_compute_subnetwork" "near" {
        project       = "acme"
        region        = "us-central1"
        name          = "near"
        network       = google_compute_network.auto.id
        ip_cidr_range = "10.127.255.240/28"
      }
      resource "google_vpc_access_connector" "c" {
        project       = "acme"
        region        = "us-central1"
        name          = "c"
        network       = google_compute_network.auto.id
        ip_cidr_range = "%s"
      }
      """;

  @Test
  void theSuggestedRange_passesEveryRangeRule_evenInAnAutoModeNetwork() {
    // The connector clashes with the subnet at the top of 10.0.0.0/9; the next /28 would be 10.128.0.0/28,
    // inside the auto-mode range VPCC-03 blocks. The suggestion skips it and wraps to the first free /28.
    var finding = RuleTester.of(new ConnectorRangeOverlapsSubnet(), getClass())
        .addTerraformLines("main.tf", AUTO_MODE.formatted("10.127.255.240/28")).findings().get(0);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("ip_cidr_range = \"([^\"]+)\"").matcher(finding.remediation());
    org.junit.jupiter.api.Assertions.assertTrue(m.find(), finding.remediation());
    org.junit.jupiter.api.Assertions.assertEquals("10.0.0.16/28", m.group(1));
    String fixed = AUTO_MODE.formatted(m.group(1));
    for (io.vpcgate.engine.Rule rule : io.vpcgate.rules.BuiltInRules.all()) {
      String id = io.vpcgate.engine.RuleMetadata.of(rule).id();
      if (id.equals("VPCC-03") || id.equals("VPCC-10") || id.equals("VPCC-11")) {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), RuleTester.of(rule, getClass())
            .addTerraformLines("main.tf", fixed).findings(), id + " on the suggested range");
      }
    }
  }
}
