package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** WIRE-02's remediation names what the path goes through: a connector, or Direct VPC's subnetwork. */
class ConnectorNetworkMismatchDirectVpcTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorNetworkMismatch(), getClass());
  }

  private static final String REDIS = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_redis_instance" "cache" {
        name               = "cache"
        memory_size_gb     = 1
        authorized_network = "staging-vpc"
      }
      """;

  @Test
  void directVpcOnAnotherNetwork_asksForASubnetwork() {
    tester().addTerraformLines("main.tf", REDIS + """
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            vpc_access {
              network_interfaces {
                network    = "app-vpc"
                subnetwork = "app-subnet"
              }
            }
            containers {
              image = "gcr.io/acme/app"
              env {
                name  = "REDIS_HOST"
                # BUG: Finding contains: which is on network acme/app-vpc, but the data store is on network acme/staging-vpc (REDIS_HOST is computed from it in Terraform)
                # FIX: Use a subnetwork on network staging-vpc (create one there and point the service at it)
                value = google_redis_instance.cache.host
              }
            }
          }
        }
        """).expectMarkers();
  }

  @Test
  void aConnectorOnAnotherNetwork_asksForAConnector() {
    tester().addTerraformLines("main.tf", REDIS + """
        resource "google_vpc_access_connector" "app" {
          name          = "app"
          network       = "app-vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            vpc_access {
              connector = google_vpc_access_connector.app.id
            }
            containers {
              image = "gcr.io/acme/app"
              env {
                name  = "REDIS_HOST"
                # BUG: Finding contains: Service google_cloud_run_v2_service.api reaches Redis google_redis_instance.cache (?) through google_vpc_access_connector.app, which is on network acme/app-vpc
                # FIX: Use a connector on network staging-vpc (create one there and point the service at it)
                value = google_redis_instance.cache.host
              }
            }
          }
        }
        """).expectMarkers();
  }
}
