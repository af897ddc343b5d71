package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorSubnetNotDedicated28Test {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorSubnetNotDedicated28(), getClass());
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
  void liveSubnetInTheHostProject_isJudged() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "host_project" {
          name = "host-project"
          subnet {
            # BUG: Finding contains: uses subnet acme-net-host/us-central1/serverless-usc1, whose range 10.50.0.0/26 is a /26
            name       = "serverless-usc1"
            project_id = "acme-net-host"
          }
        }
        """).withLiveSnapshot("host-project.live.json").expectMarkers();
  }

  @Test
  void subnetSmallerThan28_hasNoRangeToSuggest() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_compute_subnetwork" "tiny" {
          name          = "conn-tiny"
          network       = "prod-vpc"
          ip_cidr_range = "10.20.0.0/29"
        }
        resource "google_vpc_access_connector" "tiny" {
          name = "tiny"
          subnet {
            # BUG: Finding contains: uses subnet acme/us-central1/conn-tiny, whose range 10.20.0.0/29 is a /29
            # FIX: Create a /28 subnet used by nothing else (e.g. a free /28)
            name = google_compute_subnetwork.tiny.name
          }
        }
        """).expectMarkers();
  }

  @Test
  void subnetOfTheSameNameInAnotherProject_isNotTheConnectorsSubnet() {
    // The snapshot's serverless-usc1 is acme-net-host's; the connector names the one in acme-other.
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "other_host" {
          name = "other-host"
          subnet {
            name       = "serverless-usc1"
            project_id = "acme-other"
          }
        }
        """).withLiveSnapshot("host-project.live.json").expectNoFindings();
  }

  @Test
  void subnetOfUnknownRegion_isNotJudgedAsElsewhere() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        variable "subnet_region" {}
        resource "google_compute_subnetwork" "somewhere" {
          name          = "conn-somewhere"
          network       = "prod-vpc"
          region        = var.subnet_region
          ip_cidr_range = "10.20.0.0/24"
        }
        resource "google_vpc_access_connector" "c" {
          name = "c"
          subnet {
            name = "conn-somewhere"
          }
        }
        """).expectNoFindings();
  }

  @Test
  void secondaryRangeSetToNull_isNoSecondaryRange() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        variable "pods_range" {
          default = null
        }
        resource "google_compute_subnetwork" "conn" {
          name          = "conn"
          network       = "prod-vpc"
          ip_cidr_range = "10.20.0.0/28"
          secondary_ip_range {
            range_name    = "pods"
            ip_cidr_range = var.pods_range
          }
        }
        resource "google_vpc_access_connector" "c" {
          name = "c"
          subnet {
            name = google_compute_subnetwork.conn.name
          }
        }
        """).expectNoFindings();
  }
}
