package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir Path repo;

  private Path module() throws IOException {
    Path dir = Files.createDirectories(repo.resolve("infra/staging"));
    Files.writeString(dir.resolve("main.tf"), """
        resource "google_vpc_access_connector" "c" {
          name          = "stg-svc-run-conn-a1"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          max_instances = 20
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "europe-west1"
          template {
            vpc_access {
              connector = google_vpc_access_connector.c.id
            }
          }
        }
        """);
    return dir;
  }

  @Test
  void foundUpward_disablesOverridesAndSetsDefaults() throws IOException {
    Path dir = module();
    assertEquals(4, CliRunner.run("check", dir.toString()).code());
    Files.writeString(repo.resolve(".vpcgate.yml"), """
        fail-on: warning
        project: acme
        region: us-central1
        rules:
          disable: [VPCC-05]
          severity:
            VPCC-01: INFO
        """);
    CliRunner r = CliRunner.run("check", dir.toString());
    assertTrue(r.out().contains("VPCC-05 ConnectorInstanceBounds: disabled by "), r.out());
    assertTrue(r.out().contains("info: [VPCC-01 ConnectorNameInvalid]"), r.out());
    assertTrue(r.out().contains("(europe-west1) uses connector stg-svc-run-conn-a1 in us-central1"),
        "the region from the config places the connector: " + r.out());
    assertEquals(4, r.code(), "CR-03 blocks");
    assertEquals(0, CliRunner.run("check", dir.toString(), "--fail-on", "never").code(), "the flag wins over the file");
  }

  @Test
  void explicitConfig_andItsMistakesAreInputErrors() throws IOException {
    Path dir = module();
    Path cfg = Files.writeString(repo.resolve("strict.yml"), "rules:\n  disable: [NOPE-01]\n");
    CliRunner r = CliRunner.run("check", dir.toString(), "--config", cfg.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("strict.yml:2: no rule \"NOPE-01\""), r.err());
  }
}
