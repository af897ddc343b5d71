package io.vpcgate.rules.psc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Finding;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisClusterPortsBlockedTest {
  private RuleTester tester() {
    return RuleTester.of(new RedisClusterPortsBlocked(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addFixture("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addFixture("clean.tf").expectNoFindings();
  }

  @Test
  void withoutLiveState_isSkipped() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  private static final String DENY = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_redis_cluster" "cache" {
        name        = "cache"
        shard_count = 3
        psc_configs {
          network = "projects/acme/global/networks/vpc"
        }
      }
      resource "google_compute_firewall" "deny" {
        name               = "deny"
        network            = "vpc"
        direction          = "EGRESS"
        priority           = 900
        destination_ranges = ["%s"]
        deny {
          protocol = "tcp"
          ports    = ["%s"]
        }
      }
      resource "google_cloud_run_v2_service" "api" {
        name     = "api"
        location = "us-central1"
        template {
          containers {
            image = "us-docker.pkg.dev/cloudrun/container/hello"
            env {
              name  = "REDIS_HOST"
              value = google_redis_cluster.cache.discovery_endpoints[0].address
            }
          }
          vpc_access {
            network_interfaces {
              network    = "vpc"
              subnetwork = "apps"
            }
          }
        }
      }
      """;

  private List<Finding> denying(String range, String ports) {
    return tester().addTerraformLines("main.tf", DENY.formatted(range, ports)).withLiveSnapshot("live.json").findings();
  }

  @Test
  void bothEndsOfTheNodeRange_andOnePortInside_areChecked() {
    assertTrue(denying("10.0.0.251/32", "13047").get(0).message().contains("10.0.0.251 tcp:13047"));
    assertTrue(denying("10.0.0.251/32", "11000").get(0).message().contains("10.0.0.251 tcp:11000"));
    assertTrue(denying("10.0.0.250/32", "12345").get(0).message().contains("10.0.0.250 tcp:12345"));
    assertTrue(denying("10.0.0.250/32", "6379").get(0).message().contains("it cannot discover the cluster"));
  }

  @Test
  void portsJustOutsideTheRange_andOtherAddresses_areNotTheClusters() {
    assertEquals(List.of(), denying("10.0.0.248/29", "10999"));
    assertEquals(List.of(), denying("10.0.0.248/29", "13048"));
    assertEquals(List.of(), denying("10.0.0.252/30", "11000-13047"));
  }

  @Test
  void addressesKnownOnlyAfterApply_areNotJudged() {
    tester().addTerraformLines("main.tf", DENY.formatted("10.0.0.248/29", "11000-13047"))
        .withLiveSnapshotText("[]")
        .expectNotEvaluated("its Private Service Connect addresses are known after apply");
  }
}
