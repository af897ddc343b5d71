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

  @Test
  void boundaries_equalBoundsAndEdgesOfEachRange() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "equal" {
          name           = "equal"
          network        = "prod-vpc"
          ip_cidr_range  = "10.8.0.0/28"
          # BUG: Finding contains: min_throughput = 500 must be less than max_throughput = 500; the API rejects it
          # FIX: Use min_instances and max_instances instead
          min_throughput = 500
          max_throughput = 500
        }
        resource "google_vpc_access_connector" "edges" {
          name           = "edges"
          network        = "prod-vpc"
          ip_cidr_range  = "10.8.0.16/28"
          # WARN: Finding contains: sets min_throughput and max_throughput; the provider discourages
          # FIX: Use min_instances = 9 and max_instances = 10 instead
          min_throughput = 900
          max_throughput = 1000
        }
        resource "google_vpc_access_connector" "below" {
          name           = "below"
          network        = "prod-vpc"
          ip_cidr_range  = "10.8.0.32/28"
          # BUG: Finding contains: min_throughput = 100 is not a multiple of 100 between 200 and 900
          min_throughput = 100
          # BUG: Finding contains: max_throughput = 200 is not a multiple of 100 between 300 and 1000
          max_throughput = 200
        }
        """).expectMarkers();
  }

  @Test
  void onlyOneThroughputField_suggestsInstancesFromIt() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "min_only" {
          name           = "min-only"
          network        = "prod-vpc"
          ip_cidr_range  = "10.8.0.0/28"
          # WARN: Finding contains: sets min_throughput; the provider discourages
          # FIX: Use min_instances = 3 and max_instances = 10 instead
          min_throughput = 300
        }
        resource "google_vpc_access_connector" "max_only" {
          name           = "max-only"
          network        = "prod-vpc"
          ip_cidr_range  = "10.8.0.16/28"
          # WARN: Finding contains: sets max_throughput; the provider discourages
          # FIX: Use min_instances = 2 and max_instances = 7 instead
          max_throughput = 700
        }
        resource "google_vpc_access_connector" "both" {
          name           = "both"
          network        = "prod-vpc"
          ip_cidr_range  = "10.8.0.32/28"
          # WARN: Finding contains: sets min_throughput and max_throughput
          # FIX: Use min_instances = 4 and max_instances = 8 instead
          min_throughput = 400
          max_throughput = 800
        }
        """).expectMarkers();
  }

  @Test
  void validThroughputBesideInstances_isLeftToTheInstanceBoundsRule() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "c" {
          name           = "c"
          network        = "prod-vpc"
          ip_cidr_range  = "10.8.0.0/28"
          min_instances  = 2
          min_throughput = 200
        }
        """).expectNoFindings();
  }

  @Test
  void planWithoutConfiguration_judgesThePlannedThroughput() {
    var findings = tester().withPlanText("""
        {"format_version": "1.2", "terraform_version": "1.9.5", "resource_changes": [
          {"address": "google_vpc_access_connector.c", "mode": "managed", "type": "google_vpc_access_connector",
           "name": "c", "provider_name": "registry.terraform.io/hashicorp/google",
           "change": {"actions": ["create"], "before": null,
             "after": {"name": "c", "project": "acme", "region": "us-central1", "network": "prod-vpc",
               "ip_cidr_range": "10.8.0.0/28", "min_throughput": 200, "max_throughput": 300},
             "after_unknown": {"id": true}}}]}
        """).findings();
    org.junit.jupiter.api.Assertions.assertEquals(1, findings.size(), findings.toString());
    org.junit.jupiter.api.Assertions.assertTrue(findings.get(0).message().contains("sets min_throughput and "
        + "max_throughput; the provider discourages"), findings.get(0).message());
    org.junit.jupiter.api.Assertions.assertTrue(findings.get(0).remediation().contains("min_instances = 2 and "
        + "max_instances = 3"), findings.get(0).remediation());
  }
}
