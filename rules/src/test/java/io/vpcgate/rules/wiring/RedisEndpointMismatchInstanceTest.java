package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * WIRE-06: which instance an env address is compared with (the one at that address, else the one
 * whose reserved range holds it, else the only one in the region), and the remediation for an
 * instance Terraform manages or only reads.
 */
class RedisEndpointMismatchInstanceTest {
  private RuleTester tester() {
    return RuleTester.of(new RedisEndpointMismatch(), getClass());
  }

  /** Two instances in the service's region: a (10.0.0.3, no range known) and b (10.0.1.3 in 10.0.1.0/29). */
  private static final String TWO_LOCAL = """
      [{"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/a",
        "assetType": "redis.googleapis.com/Instance",
        "resource": {"data": {"host": "10.0.0.3", "port": 6379, "authorizedNetwork": "projects/acme/global/networks/vpc"}}},
       {"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/b",
        "assetType": "redis.googleapis.com/Instance",
        "resource": {"data": {"host": "10.0.1.3", "port": 6379, "reservedIpRange": "10.0.1.0/29",
          "authorizedNetwork": "projects/acme/global/networks/vpc"}}}]""";

  private static String service(String envBlocks) {
    return """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            vpc_access {
              connector = "projects/acme/locations/us-central1/connectors/c"
            }
            containers {
              image = "gcr.io/acme/app"
        %s
            }
          }
        }
        """.formatted(envBlocks.indent(6));
  }

  @Test
  void theInstanceAtTheAddress_isFound_amongSeveralInTheRegion() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_HOST"
          value = "10.0.0.3"
        }
        env {
          name  = "REDIS_PORT"
          # BUG: Finding contains: Service google_cloud_run_v2_service.api: the Redis port in REDIS_PORT is not the port of Redis projects/acme/locations/us-central1/instances/a (6379)
          # FIX: Use port 6379, ideally from google_redis_instance.<name>.port
          value = "6380"
        }
        """)).withLiveSnapshotText(TWO_LOCAL).expectMarkers();
  }

  @Test
  void anAddressInAnInstancesReservedRange_isComparedWithThatInstance() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_HOST"
          # BUG: Finding contains: Service google_cloud_run_v2_service.api: REDIS_HOST does not hold the address of Redis projects/acme/locations/us-central1/instances/b, whose endpoint is 10.0.1.3:6379 (reserved range 10.0.1.0/29); no Redis instance in acme/us-central1 has the address it holds
          # FIX: Set REDIS_HOST to 10.0.1.3, or read it with data "google_redis_instance" so it follows the instance
          value = "10.0.1.5"
        }
        """)).withLiveSnapshotText(TWO_LOCAL).expectMarkers();
  }

  @Test
  void anAddressNoInstanceClaims_withSeveralInTheRegion_isNotJudged() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_HOST"
          value = "10.0.2.9"
        }
        """)).withLiveSnapshotText(TWO_LOCAL).expectNoFindings();
  }

  @Test
  void aPortThatIsNotANumber_isNotJudged() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_HOST"
          value = "10.0.0.3"
        }
        env {
          name  = "REDIS_PORT"
          value = "six thousand"
        }
        """)).withLiveSnapshotText(TWO_LOCAL).expectNoFindings();
  }

  @Test
  void anInstanceTerraformManages_isProposedByReference_andOneNotYetCreatedIsIgnored() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_HOST"
          # BUG: Finding contains: REDIS_HOST does not hold the address of Redis google_redis_instance.cache, whose endpoint is 10.0.0.3:6379 (reserved range 10.0.0.0/29)
          # FIX: Set REDIS_HOST = google_redis_instance.cache.host (and the port from google_redis_instance.cache.port)
          value = "10.0.0.4"
        }
        """) + """
        resource "google_redis_instance" "cache" {
          name               = "cache"
          memory_size_gb     = 1
          authorized_network = "vpc"
        }
        resource "google_redis_instance" "fresh" {
          name               = "fresh"
          memory_size_gb     = 1
          authorized_network = "vpc"
        }
        """).withLiveSnapshotText("""
        [{"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/cache",
          "assetType": "redis.googleapis.com/Instance",
          "resource": {"data": {"host": "10.0.0.3", "port": 6379, "reservedIpRange": "10.0.0.0/29",
            "authorizedNetwork": "projects/acme/global/networks/vpc"}}}]""").expectMarkers();
  }
}
