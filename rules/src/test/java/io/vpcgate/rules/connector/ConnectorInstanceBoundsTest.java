package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.model.Location;
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

  @Test
  void boundaries_ofEachRange_andOfMinBelowMax() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "top" {
          name          = "top"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          min_instances = 9
          max_instances = 10
        }
        resource "google_vpc_access_connector" "nine_nine" {
          name          = "nine-nine"
          network       = "vpc"
          ip_cidr_range = "10.8.0.16/28"
          # BUG: Finding contains: min_instances = 9 must be less than max_instances = 9
          # FIX: e.g. min_instances = 8
          min_instances = 9
          max_instances = 9
        }
        resource "google_vpc_access_connector" "three_three" {
          name          = "three-three"
          network       = "vpc"
          ip_cidr_range = "10.8.0.32/28"
          # BUG: Finding contains: min_instances = 3 must be less than max_instances = 3
          # FIX: e.g. min_instances = 2
          min_instances = 3
          max_instances = 3
        }
        resource "google_vpc_access_connector" "ten_above" {
          name          = "ten-above"
          network       = "vpc"
          ip_cidr_range = "10.8.0.48/28"
          # BUG: Finding contains: min_instances = 10 is outside the API range 2..9
          # FIX: Set min_instances between 2 and 9, below max_instances
          min_instances = 10
          # BUG: Finding contains: max_instances = 2 is outside the API range 3..10
          # FIX: Set max_instances to at most 10
          max_instances = 2
        }
        """).expectMarkers();
  }

  @Test
  void minInstancesWithMinThroughput_isTheMinPairMixed() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "c" {
          name           = "c"
          network        = "vpc"
          ip_cidr_range  = "10.8.0.0/28"
          min_instances  = 2
          # BUG: Finding contains: sets both min_instances and min_throughput
          # FIX: Remove min_throughput and keep min_instances
          min_throughput = 200
          max_throughput = 300
        }
        """).expectMarkers();
  }

  @Test
  void minThroughputUnknownBeforeApply_isNotEvaluated_atMinThroughput() {
    var report = tester().addTerraformLines("main.tf", """
        variable "min_throughput" {
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
          min_throughput = var.min_throughput
        }
        """).run();
    assertTrue(report.findings().isEmpty(), report.findings().toString());
    assertEquals(1, report.notEvaluated().size(), report.notEvaluated().toString());
    var n = report.notEvaluated().get(0);
    assertTrue(n.reason().startsWith("whether both min_instances and min_throughput are set: min_throughput is not known "
        + "before apply ("), n.reason());
    assertTrue(n.reason().endsWith(", and it may turn out null"), n.reason());
    assertEquals(12, ((Location.SourceLocation) n.location()).line(), n.location().toString());
  }

  @Test
  void instancesUnknownBeforeApply_isNamedAsTheUnknownSide() {
    tester().addTerraformLines("main.tf", """
        variable "max" {
          type = number
        }
        resource "google_vpc_access_connector" "c" {
          project        = "acme"
          region         = "us-central1"
          name           = "c"
          network        = "vpc"
          ip_cidr_range  = "10.8.0.0/28"
          max_instances  = var.max
          max_throughput = 300
        }
        """).expectNotEvaluated("whether both max_instances and max_throughput are set: max_instances is not known before apply");
  }

  @Test
  void planWithoutConfiguration_countsThePlannedValuesAsSet() {
    // A plan without its configuration section: what it shows is taken as configured.
    var findings = tester().withPlanText("""
        {"format_version": "1.2", "terraform_version": "1.9.5", "resource_changes": [
          {"address": "google_vpc_access_connector.c", "mode": "managed", "type": "google_vpc_access_connector",
           "name": "c", "provider_name": "registry.terraform.io/hashicorp/google",
           "change": {"actions": ["create"], "before": null,
             "after": {"name": "c", "project": "acme", "region": "us-central1", "network": "vpc",
               "ip_cidr_range": "10.8.0.0/28", "min_instances": 2, "max_instances": 3, "max_throughput": 300},
             "after_unknown": {"id": true}}}]}
        """).findings();
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(findings.get(0).message().contains("sets both max_instances and max_throughput"), findings.get(0).message());
  }
}
