package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorInstanceBoundsTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorInstanceBounds(), getClass());
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
  void throughputSetToNull_isUnset() {
    // terraform-google-cloud-run's examples/cloud_run_vpc_connector: max_throughput = null beside max_instances.
    RuleTester.of(new ConnectorInstanceBounds(), getClass()).addTerraformLines("main.tf", """
        resource "google_vpc_access_connector" "c" {
          project        = "acme"
          region         = "us-central1"
          name           = "c"
          network        = "vpc"
          ip_cidr_range  = "10.8.0.0/28"
          min_instances  = 2
          max_instances  = 3
          min_throughput = null
          max_throughput = null
        }
        """).expectNoFindings();
  }

  @Test
  void throughputUnknownBeforeApply_isNotEvaluated() {
    RuleTester.of(new ConnectorInstanceBounds(), getClass()).addTerraformLines("main.tf", """
        variable "max_throughput" {
          type = number
        }
        resource "google_vpc_access_connector" "c" {
          project        = "acme"
          region         = "us-central1"
          name           = "c"
          network        = "vpc"
          ip_cidr_range  = "10.8.0.0/28"
          min_instances  = 2
          max_instances  = 3
          max_throughput = var.max_throughput
        }
        """).expectNotEvaluated("max_throughput is not known before apply");
  }
}
