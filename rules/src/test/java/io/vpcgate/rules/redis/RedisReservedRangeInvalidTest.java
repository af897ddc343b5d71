package io.vpcgate.rules.redis;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RedisReservedRangeInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new RedisReservedRangeInvalid(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void psaRangeName_checkedAgainstLiveAllocations() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_redis_instance" "psa" {
          name               = "psa"
          memory_size_gb     = 1
          authorized_network = "prod-vpc"
          connect_mode       = "PRIVATE_SERVICE_ACCESS"
          # BUG: Finding contains: reserved_ip_range "psa-rnage" names no VPC_PEERING range on network acme/prod-vpc (its ranges: psa-range)
          reserved_ip_range  = "psa-rnage"
        }
        """).withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void overlapWithAConnectorRange_isLeftToTheConnectorRule() {
    // VPCC-11 reports a connector /28 inside a Redis range; this rule does not report the same clash again.
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "conn" {
          name          = "conn"
          network       = "prod-vpc"
          ip_cidr_range = "10.2.0.0/28"
        }
        resource "google_redis_instance" "cache" {
          name               = "cache"
          memory_size_gb     = 1
          authorized_network = "prod-vpc"
          reserved_ip_range  = "10.2.0.0/29"
        }
        """).expectNoFindings();
  }
}
