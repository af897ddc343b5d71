package io.vpcgate.rules.psc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Severity;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceConnectionPolicyMissingTest {
  private RuleTester tester() {
    return RuleTester.of(new ServiceConnectionPolicyMissing(), getClass());
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
  void withoutLiveState_aMissingPolicyCannotBeConfirmed_soItIsAWarning() {
    List<Finding> findings = tester().addTerraformFile("bad.tf").findings().stream()
        .filter(f -> f.message().contains("has no service connection policy")).toList();
    assertEquals(2, findings.size(), findings.toString());
    for (Finding f : findings) {
      assertEquals(Severity.WARNING, f.severity(), f.message());
      assertTrue(f.message().contains("could not be confirmed: needs live state"), f.message());
    }
  }

  @Test
  void liveReadThatDidNotCoverTheNetworksProject_isAWarning() {
    List<Finding> findings = tester().addTerraformLines("main.tf", """
        resource "google_memorystore_instance" "v" {
          project     = "acme"
          instance_id = "v"
          location    = "us-central1"
          shard_count = 1
          desired_auto_created_endpoints {
            network    = "projects/host/global/networks/shared"
            project_id = "acme"
          }
        }
        """).withLiveSnapshot("live.json").findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertTrue(findings.get(0).message().contains("no live service connection policy data was read for project host"),
        findings.get(0).message());
  }

  @Test
  void networkCreatedByThisPlan_hasNoOtherPolicy_soItIsBlockingWithoutLiveState() {
    String plan = """
        {"format_version": "1.2", "resource_changes": [
          {"address": "google_compute_network.vpc", "mode": "managed", "type": "google_compute_network", "name": "vpc",
           "change": {"actions": ["create"], "before": null, "after": {"name": "vpc", "project": "acme"},
             "after_unknown": {"id": true}}},
          {"address": "google_redis_cluster.cache", "mode": "managed", "type": "google_redis_cluster", "name": "cache",
           "change": {"actions": ["create"], "before": null, "after": {"name": "cache", "project": "acme",
             "region": "us-central1", "shard_count": 3, "psc_configs": [{"network": "projects/acme/global/networks/vpc"}]},
             "after_unknown": {"discovery_endpoints": true, "psc_connections": true}}}]}""";
    List<Finding> findings = tester().withPlanText(plan).findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.BLOCKING, findings.get(0).severity());
    assertTrue(findings.get(0).message().contains("gcp-memorystore-redis in us-central1"), findings.get(0).message());
  }

  @Test
  void consumerNetworkUnknownBeforeApply_isNotJudged() {
    tester().addTerraformLines("main.tf", """
        variable "network" {}
        resource "google_redis_cluster" "cache" {
          project     = "acme"
          region      = "us-central1"
          name        = "cache"
          shard_count = 3
          psc_configs {
            network = var.network
          }
        }
        """).withLiveSnapshot("live.json")
        .expectNotEvaluated("google_redis_cluster.cache: whether a service connection policy for gcp-memorystore-redis "
            + "lets google_redis_cluster.cache create its endpoints: its consumer network is not known before apply");
  }

  @Test
  void policyWhoseNetworkIsUnknown_mayGovern_soTheStoreIsNotJudged() {
    tester().addTerraformLines("main.tf", """
        variable "network" {}
        resource "google_network_connectivity_service_connection_policy" "p" {
          project       = "acme"
          name          = "p"
          location      = "us-central1"
          service_class = "gcp-memorystore-redis"
          network       = var.network
          psc_config {
            subnetworks = ["projects/acme/regions/us-central1/subnetworks/psc"]
          }
        }
        resource "google_redis_cluster" "cache" {
          project     = "acme"
          region      = "us-central1"
          name        = "cache"
          shard_count = 3
          psc_configs {
            network = "projects/acme/global/networks/vpc"
          }
        }
        """).withLiveSnapshot("live.json").expectNotEvaluated("may govern acme/vpc");
  }

  @Test
  void policyInTheSameRegionOnAnotherNetwork_doesNotServe_andTheSameOneDoes() {
    String policy = """
        resource "google_network_connectivity_service_connection_policy" "p" {
          project       = "acme"
          name          = "p"
          location      = "%s"
          service_class = "gcp-memorystore-redis"
          network       = "projects/acme/global/networks/%s"
          psc_config {
            subnetworks = ["projects/acme/regions/%s/subnetworks/psc"]
          }
        }
        resource "google_redis_cluster" "cache" {
          project     = "acme"
          region      = "us-central1"
          name        = "cache"
          shard_count = 3
          psc_configs {
            network = "projects/acme/global/networks/vpc"
          }
        }
        """;
    assertEquals(1, tester().addTerraformLines("main.tf", policy.formatted("us-central1", "other", "us-central1"))
        .withLiveSnapshot("live.json").findings().size(), "another network");
    assertEquals(1, tester().addTerraformLines("main.tf", policy.formatted("us-east1", "vpc", "us-east1"))
        .withLiveSnapshot("live.json").findings().size(), "another region");
    tester().addTerraformLines("main.tf", policy.formatted("us-central1", "vpc", "us-central1"))
        .withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void liveCloudSqlPolicy_servesAStoreOnItsNetwork() {
    tester().addTerraformLines("main.tf", """
        resource "google_sql_database_instance" "db" {
          project          = "acme"
          region           = "us-central1"
          name             = "db"
          database_version = "POSTGRES_15"
          settings {
            tier = "db-custom-1-3840"
            ip_configuration {
              ipv4_enabled = false
              psc_config {
                psc_enabled = true
                psc_auto_connections {
                  consumer_network = "projects/acme/global/networks/shared"
                }
              }
            }
          }
        }
        """).withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void subnetworksUnknownBeforeApply_areNotJudged() {
    tester().addTerraformLines("main.tf", """
        variable "subnets" {}
        resource "google_network_connectivity_service_connection_policy" "p" {
          project       = "acme"
          name          = "p"
          location      = "us-central1"
          service_class = "gcp-memorystore-redis"
          network       = "projects/acme/global/networks/vpc"
          psc_config {
            subnetworks = var.subnets
          }
        }
        """).expectNotEvaluated("whether the subnetworks of google_network_connectivity_service_connection_policy.p");
  }
}
