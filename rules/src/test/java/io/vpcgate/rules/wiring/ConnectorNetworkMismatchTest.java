package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorNetworkMismatchTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorNetworkMismatch(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_storesAreUnknown_noFinding() {
    tester().addTerraformFile("bad.tf").expectNoFindings();
  }

  private static final String NETWORKS = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_vpc_access_connector" "app" {
        name          = "app"
        network       = "app-vpc"
        ip_cidr_range = "10.8.0.0/28"
      }
      resource "google_redis_instance" "cache" {
        name               = "cache"
        memory_size_gb     = 1
        authorized_network = "staging-vpc"
      }
      """;

  private static String service(String value) {
    return """
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
                # BUG: Finding contains: is on network acme/app-vpc, but the data store is on network acme/staging-vpc (REDIS_HOST is computed from it in Terraform)
                value = %s
              }
            }
          }
        }
        """.formatted(value);
  }

  @Test
  void redisBoundByReference_onAnotherNetwork_isReported_withoutLiveState() {
    tester().addTerraformLines("main.tf", NETWORKS + service("google_redis_instance.cache.host")).expectMarkers();
  }

  @Test
  void redisBoundThroughALocal_isReported() {
    tester().addTerraformLines("main.tf", NETWORKS + """
        locals {
          redis = "${google_redis_instance.cache.host}:${google_redis_instance.cache.port}"
        }
        """ + service("local.redis")).expectMarkers();
  }

  @Test
  void redisBoundThroughAModuleVariable_isReported() throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("vpcgate-wire02");
    try {
      java.nio.file.Files.createDirectories(dir.resolve("app"));
      java.nio.file.Files.writeString(dir.resolve("main.tf"), NETWORKS + """
          module "app" {
            source     = "./app"
            redis_host = google_redis_instance.cache.host
            connector  = google_vpc_access_connector.app.id
          }
          """);
      java.nio.file.Files.writeString(dir.resolve("app/main.tf"), """
          variable "redis_host" {}
          variable "connector" {}
          resource "google_cloud_run_v2_service" "api" {
            name     = "api"
            location = "us-central1"
            template {
              vpc_access {
                connector = var.connector
              }
              containers {
                image = "gcr.io/acme/app"
                env {
                  name  = "REDIS_HOST"
                  value = var.redis_host
                }
              }
            }
          }
          """);
      io.vpcgate.engine.Report r = io.vpcgate.pipeline.Pipeline.check(io.vpcgate.pipeline.Pipeline.terraform(
          java.util.Optional.of(dir), java.util.Optional.empty(), java.util.Optional.empty(),
          io.vpcgate.input.terraform.TerraformOptions.NONE), java.util.Optional.empty(),
          new io.vpcgate.engine.Engine(java.util.List.of(new ConnectorNetworkMismatch())), java.time.LocalDate.now());
      org.junit.jupiter.api.Assertions.assertEquals(1, r.findings().size(), r.findings().toString());
      io.vpcgate.engine.Finding f = r.findings().get(0);
      org.junit.jupiter.api.Assertions.assertEquals("module.app.google_cloud_run_v2_service.api", f.subject());
      org.junit.jupiter.api.Assertions.assertEquals("app/main.tf:14", f.location().toString(), "the env value in the module");
      org.junit.jupiter.api.Assertions.assertTrue(f.message().contains("data store is on network acme/staging-vpc"),
          f.message());
    } finally {
      io.vpcgate.pipeline.TempDirs.delete(dir);
    }
  }

  @Test
  void redisBoundThroughAModuleOutput_isReported() throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("vpcgate-wire02");
    try {
      java.nio.file.Files.createDirectories(dir.resolve("cache"));
      java.nio.file.Files.writeString(dir.resolve("cache/main.tf"), """
          resource "google_redis_instance" "main" {
            name               = "cache"
            memory_size_gb     = 1
            authorized_network = "staging-vpc"
          }
          output "host" {
            value = google_redis_instance.main.host
          }
          """);
      java.nio.file.Files.writeString(dir.resolve("main.tf"), NETWORKS.replace("resource \"google_redis_instance\"",
          "resource \"google_redis_instance_unused\"") + """
          module "cache" {
            source = "./cache"
          }
          """ + service("module.cache.host"));
      io.vpcgate.engine.Report r = io.vpcgate.pipeline.Pipeline.check(io.vpcgate.pipeline.Pipeline.terraform(
          java.util.Optional.of(dir), java.util.Optional.empty(), java.util.Optional.empty(),
          io.vpcgate.input.terraform.TerraformOptions.NONE), java.util.Optional.empty(),
          new io.vpcgate.engine.Engine(java.util.List.of(new ConnectorNetworkMismatch())), java.time.LocalDate.now());
      org.junit.jupiter.api.Assertions.assertEquals(1, r.findings().size(), r.findings() + " " + r.notes());
      org.junit.jupiter.api.Assertions.assertTrue(r.findings().get(0).message()
          .contains("Redis module.cache.google_redis_instance.main"), r.findings().get(0).message());
    } finally {
      io.vpcgate.pipeline.TempDirs.delete(dir);
    }
  }

  @Test
  void redisBoundByReference_onTheConnectorsNetwork_isClean() {
    tester().addTerraformLines("main.tf", NETWORKS.replace("authorized_network = \"staging-vpc\"",
        "authorized_network = \"app-vpc\"") + service("google_redis_instance.cache.host")
        .replace("# BUG:", "# no finding:")).expectNoFindings();
  }

  @Test
  void redisReadWithADataSource_onAnotherNetwork_isReported_againstTheLiveInstance() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "app" {
          name          = "app"
          network       = "app-vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        data "google_redis_instance" "shared" {
          name = "cache"
        }
        """ + service("data.google_redis_instance.shared.host").replace("(REDIS_HOST is computed from it in Terraform)",
            "(REDIS_HOST is read from it with a data source)")).withLiveSnapshotText("""
        [{"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/cache",
          "assetType": "redis.googleapis.com/Instance", "resource": {"data": {"host": "10.9.0.3", "port": 6379,
          "authorizedNetwork": "projects/acme/global/networks/staging-vpc"}}}]""").expectMarkers();
  }

  private static String networks(String connectorNetwork, String redisNetwork) {
    return """
        variable "app_network" {}
        variable "store_network" {}
        variable "named" {
          default = "app-vpc"
        }
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "app" {
          name          = "app"
          network       = %s
          ip_cidr_range = "10.8.0.0/28"
        }
        resource "google_redis_instance" "cache" {
          name               = "cache"
          memory_size_gb     = 1
          authorized_network = %s
        }
        """.formatted(connectorNetwork, redisNetwork);
  }

  /** A network not known before apply is neither a pass nor a finding: the binding is not evaluated, and says why. */
  @Test
  void theDataStoresNetworkUnknownBeforeApply_isNotEvaluated() {
    tester().addTerraformLines("main.tf", networks("\"app-vpc\"", "var.store_network")
        + service("google_redis_instance.cache.host").replace("# BUG", "# not")).expectNotEvaluated(
            "google_cloud_run_v2_service.api: whether the VPC egress of Service google_cloud_run_v2_service.api enters the "
                + "network of Redis google_redis_instance.cache (?): the data store's network is not known (variable "
                + "\"store_network\" has no value)");
  }

  @Test
  void theEgressNetworkUnknownBeforeApply_isNotEvaluated() {
    tester().addTerraformLines("main.tf", networks("var.app_network", "\"staging-vpc\"")
        + service("google_redis_instance.cache.host").replace("# BUG", "# not")).expectNotEvaluated(
            "its egress network is not known");
  }

  @Test
  void knownNetworks_areJudged_evenThroughAVariableDefault() {
    tester().addTerraformLines("main.tf", networks("var.named", "\"app-vpc\"")
        + service("google_redis_instance.cache.host").replace("# BUG", "# not")).expectNotEvaluated();
    tester().addTerraformLines("main.tf", networks("var.named", "\"staging-vpc\"")
        + service("google_redis_instance.cache.host")).expectMarkers();
  }
}
