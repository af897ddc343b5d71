package io.vpcgate.rules.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Severity;
import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DirectVpcSubnetExhaustedTest {
  private RuleTester tester() {
    return RuleTester.of(new DirectVpcSubnetExhausted(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_roomForEveryone() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  /** A /26 holds 60 addresses: 24 instances take 48 (three blocks of 16), 28 take 56, rounded up to 64. */
  private static String onA26(String max) {
    return """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_compute_subnetwork" "run" {
          name          = "run"
          network       = "app-vpc"
          ip_cidr_range = "10.9.0.0/26"
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            scaling {
              max_instance_count = %s
            }
            vpc_access {
              network_interfaces {
                subnetwork = "run"
              }
            }
            containers {
              image = "gcr.io/acme/api"
            }
          }
        }
        """.formatted(max);
  }

  @Test
  void justBelowTheSubnet_passes() {
    tester().addTerraformLines("main.tf", onA26("24")).expectNoFindings();
  }

  @Test
  void justAboveTheSubnet_blocks() {
    var findings = tester().addTerraformLines("main.tf", onA26("28")).findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.BLOCKING, findings.get(0).severity());
    assertTrue(findings.get(0).message().contains("has 60 addresses for Direct VPC egress, but at their maximum scale "
        + "the workloads on it take 64"), findings.get(0).message());
    assertTrue(findings.get(0).remediation().contains("a /25 holds 124 addresses"), findings.get(0).remediation());
  }

  @Test
  void maximumNotKnownBeforeApply_isNotEvaluated() {
    tester().addTerraformLines("main.tf", onA26("var.max") + """
        variable "max" {
          type = number
        }
        """).expectNotEvaluated("maximum instances are not known before apply");
  }

  @Test
  void maximumNotSet_isNotEvaluatedNotAssumed() {
    tester().addTerraformLines("main.tf", onA26("null")).expectNotEvaluated("maximum instances are not set");
  }

  @Test
  void subnetNobodyDeclaresOrRead_isNotEvaluated() {
    tester().addTerraformLines("main.tf", onA26("10").replace("subnetwork = \"run\"", "subnetwork = \"elsewhere\""))
        .expectNotEvaluated("subnetwork elsewhere has room for its Direct VPC addresses: the subnetwork is neither in "
            + "Terraform nor in the live state read");
  }
}
