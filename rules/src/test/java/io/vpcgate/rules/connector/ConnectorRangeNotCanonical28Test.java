package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorRangeNotCanonical28Test {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorRangeNotCanonical28(), getClass());
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
  void range10_128_onACustomNetwork_isFine_evenBesideAnAutoModeNetwork() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_compute_network" "auto" {
          name = "auto-vpc"
        }
        resource "google_compute_network" "custom" {
          name                    = "custom-vpc"
          auto_create_subnetworks = false
        }
        resource "google_vpc_access_connector" "custom" {
          name          = "custom"
          network       = google_compute_network.custom.name
          ip_cidr_range = "10.132.0.0/28"
        }
        """).expectNoFindings();
  }
}
