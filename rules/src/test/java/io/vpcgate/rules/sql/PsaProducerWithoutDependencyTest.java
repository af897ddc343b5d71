package io.vpcgate.rules.sql;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PsaProducerWithoutDependencyTest {
  private RuleTester tester() {
    return RuleTester.of(new PsaProducerWithoutDependency(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_dependsOnTheConnection() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  @Test
  void aConnectionOfAnotherConfiguration_isNothingToDependOn() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_memcache_instance" "catalog" {
          name               = "catalog"
          node_count         = 1
          authorized_network = "projects/acme/global/networks/prod-vpc"
          node_config {
            cpu_count      = 1
            memory_size_mb = 1024
          }
        }
        """).expectNoFindings();
  }
}
