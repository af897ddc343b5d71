package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorThroughputInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorThroughputInvalid(), getClass());
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
  void throughputFromVariables_isNotGuessed() {
    var findings = tester().addTerraformLines("main.tf", """
        variable "min" {}
        resource "google_vpc_access_connector" "c" {
          name           = "c"
          network        = "prod-vpc"
          ip_cidr_range  = "10.8.0.0/28"
          min_throughput = var.min
          max_throughput = 1000
        }
        """).findings();
    org.junit.jupiter.api.Assertions.assertEquals(1, findings.size(), findings.toString());
    org.junit.jupiter.api.Assertions.assertTrue(findings.get(0).message().contains("sets max_throughput; the provider "
        + "discourages"), findings.get(0).message());
  }
}
