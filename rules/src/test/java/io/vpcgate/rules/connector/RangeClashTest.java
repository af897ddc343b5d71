package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** RangeClash.find keeps the clashes of the kinds its rule asks for: VPCC-10 subnets and connectors, VPCC-11 Redis and PSA. */
class RangeClashTest {
  private static final String MAIN = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_compute_network" "vpc" {
        name                    = "prod-vpc"
        auto_create_subnetworks = false
      }
      resource "google_compute_subnetwork" "app" {
        name          = "app"
        network       = google_compute_network.vpc.id
        ip_cidr_range = "10.1.0.0/24"
      }
      resource "google_redis_instance" "cache" {
        name               = "cache"
        memory_size_gb     = 1
        authorized_network = google_compute_network.vpc.id
        reserved_ip_range  = "10.8.0.0/29"
      }
      resource "google_vpc_access_connector" "in_subnet" {
        network       = google_compute_network.vpc.name
        name          = "in-subnet"
        # %1$s
        ip_cidr_range = "10.1.0.16/28"
      }
      resource "google_vpc_access_connector" "in_redis" {
        network       = google_compute_network.vpc.name
        name          = "in-redis"
        # %2$s
        ip_cidr_range = "10.8.0.0/28"
      }
      """;

  @Test
  void subnetRule_reportsTheSubnetClash_notTheRedisOne() {
    RuleTester.of(new ConnectorRangeOverlapsSubnet(), getClass()).addTerraformLines("main.tf",
        MAIN.formatted("BUG: Finding contains: 10.1.0.16/28", "not a subnet: VPCC-11's")).expectMarkers();
  }

  @Test
  void reservedRangeRule_reportsTheRedisClash_notTheSubnetOne() {
    RuleTester.of(new ConnectorRangeOverlapsReservedRange(), getClass()).addTerraformLines("main.tf",
        MAIN.formatted("a subnet: VPCC-10's", "BUG: Finding contains: overlaps Redis google_redis_instance.cache reserved range 10.8.0.0/29"))
        .expectMarkers();
  }
}
