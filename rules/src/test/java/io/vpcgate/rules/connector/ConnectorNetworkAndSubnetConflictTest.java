package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorNetworkAndSubnetConflictTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorNetworkAndSubnetConflict(), getClass());
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
  void nullIsUnset_evenThroughForEach() {
    // terraform-google-network's vpc-serverless-connector-beta: network = each.value.network, with network = null.
    tester().addTerraformLines("main.tf", """
        locals {
          connectors = [{ name = "c1", network = null, subnet_name = "conn-subnet", ip_cidr_range = null }]
        }
        resource "google_vpc_access_connector" "c" {
          for_each      = { for c in local.connectors : c.name => c }
          project       = "acme"
          region        = "us-central1"
          name          = each.value.name
          network       = each.value.network
          ip_cidr_range = each.value.ip_cidr_range
          subnet {
            name = each.value.subnet_name
          }
        }
        """).expectNoFindings();
  }

  @Test
  void aNetworkUnknownBeforeApply_isNotEvaluated_neverGuessed() {
    tester().addTerraformLines("main.tf", """
        variable "network" {
          type = string
        }
        resource "google_vpc_access_connector" "c" {
          project = "acme"
          region  = "us-central1"
          name    = "c"
          network = var.network
          subnet {
            name = "conn-subnet"
          }
        }
        """).expectNotEvaluated("network is not known before apply");
  }

  @Test
  void nullIsUnset_inAPlan_whoseConfigurationWritesTheAttribute() {
    // check --plan of the same module: the configuration section lists network (each.value.network), the
    // planned value is null.
    String plan = """
        {"format_version": "1.2",
         "resource_changes": [{"address": "module.conn.google_vpc_access_connector.c[\\"c1\\"]", "mode": "managed",
           "type": "google_vpc_access_connector", "name": "c", "index": "c1",
           "change": {"actions": ["create"], "before": null,
             "after": {"name": "c1", "project": "acme", "region": "us-central1", "network": null,
               "ip_cidr_range": null, "subnet": [{"name": "conn-subnet", "project_id": "acme"}]},
             "after_unknown": {"id": true, "subnet": [{}]}}}],
         "configuration": {"root_module": {"module_calls": {"conn": {"module": {"resources": [
           {"address": "google_vpc_access_connector.c", "mode": "managed", "type": "google_vpc_access_connector",
            "name": "c", "expressions": {
              "name": {"references": ["each.value.name", "each.value"]},
              "network": {"references": ["each.value.network", "each.value"]},
              "ip_cidr_range": {"references": ["each.value.ip_cidr_range", "each.value"]},
              "subnet": [{"name": {"references": ["each.value.subnet_name", "each.value"]}}]}}]}}}}}}
        """;
    tester().withPlanText(plan).expectNoFindings();
  }

  @Test
  void aSubnetNameUnknownBeforeApply_isNotEvaluated_andNamesTheSubnet() {
    tester().addTerraformLines("main.tf", """
        variable "subnet_name" {
          type = string
        }
        resource "google_vpc_access_connector" "c" {
          project = "acme"
          region  = "us-central1"
          name    = "c"
          subnet {
            name = var.subnet_name
          }
        }
        """).expectNotEvaluated("google_vpc_access_connector.c: subnet.name is not known before apply");
  }

  @Test
  void anUnknownRange_doesNotStopTheNetworkAndSubnetCheck() {
    tester().addTerraformLines("main.tf", """
        variable "r" {
          type = string
        }
        resource "google_vpc_access_connector" "c" {
          project       = "acme"
          region        = "us-central1"
          name          = "c"
          network       = "vpc"
          ip_cidr_range = var.r
          # BUG: Finding contains: sets both network and subnet { name }
          subnet {
            name = "s"
          }
        }
        """).expectMarkers();
  }
}
