package io.vpcgate.rules.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** An AlloyDB instance is on its cluster's network: WIRE-02 judges it like any data store. */
class ConnectorNetworkMismatchAlloyDbTest {
  private static String config(String clusterNetwork) {
    return """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "app" {
          name          = "app"
          network       = "app-vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        resource "google_alloydb_cluster" "billing" {
          cluster_id = "billing"
          location   = "us-central1"
          network_config {
            network = "projects/acme/global/networks/%s"
          }
        }
        resource "google_alloydb_instance" "primary" {
          cluster       = google_alloydb_cluster.billing.name
          instance_id   = "billing-primary"
          instance_type = "PRIMARY"
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            vpc_access {
              connector = google_vpc_access_connector.app.id
            }
            containers {
              image = "gcr.io/acme/api"
              env {
                name  = "DB_HOST"
                value = google_alloydb_instance.primary.ip_address
              }
            }
          }
        }
        """.formatted(clusterNetwork);
  }

  @Test
  void anInstanceOnItsClustersOtherNetwork_isReported() {
    var findings = RuleTester.of(new ConnectorNetworkMismatch(), getClass())
        .addTerraformLines("main.tf", config("data-vpc")).findings();
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(findings.get(0).message().contains("acme/data-vpc"), findings.get(0).message());
  }

  @Test
  void anInstanceOnTheConnectorsNetwork_isNot() {
    RuleTester.of(new ConnectorNetworkMismatch(), getClass()).addTerraformLines("main.tf", config("app-vpc"))
        .expectNoFindings();
  }
}
