package io.vpcgate.rules.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Severity;
import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SqlPrivateIpPrerequisitesMissingTest {
  private RuleTester tester() {
    return RuleTester.of(new SqlPrivateIpPrerequisitesMissing(), getClass());
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
  void withoutLiveState_onlyTheMissingDependencyIsKnown() {
    var findings = tester().addTerraformFile("bad.tf").findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.WARNING, findings.get(0).severity());
  }

  private static final String PSA = """
      resource "google_compute_network" "vpc" {
        project = "acme"
        name    = "vpc"
      }
      resource "google_compute_global_address" "psa" {
        project       = "acme"
        name          = "psa"
        network       = google_compute_network.vpc.id
        purpose       = "VPC_PEERING"
        address_type  = "INTERNAL"
        prefix_length = 16
      }
      resource "google_service_networking_connection" "psa" {
        network                 = google_compute_network.vpc.id
        service                 = "servicenetworking.googleapis.com"
        reserved_peering_ranges = [google_compute_global_address.psa.name]
      }
      """;

  private static final String SQL_MODULE = """
      variable "network" {}
      resource "google_sql_database_instance" "db" {
        project          = "acme"
        region           = "us-central1"
        name             = "db"
        database_version = "POSTGRES_15"
        settings {
          tier = "db-custom-1-3840"
          ip_configuration {
            ipv4_enabled    = false
            private_network = var.network
          }
        }
      }
      """;

  @Test
  void aModuleCallsDependsOn_appliesToEveryResourceInTheModule() {
    // terraform-google-sql-db examples/mssql-failover-replica: module "..." { depends_on = [google_service_networking_connection.x] }
    RuleTester.of(new SqlPrivateIpPrerequisitesMissing(), getClass()).addTerraformLines("main.tf", PSA + """
        module "db" {
          source     = "./db"
          network    = google_compute_network.vpc.id
          depends_on = [google_service_networking_connection.psa]
        }
        """).addTerraformLines("db/main.tf", SQL_MODULE).expectNoFindings();
  }

  @Test
  void dependingOnTheModuleThatHoldsTheConnection_counts() {
    RuleTester.of(new SqlPrivateIpPrerequisitesMissing(), getClass()).addTerraformLines("main.tf", """
        module "psa" {
          source = "./psa"
        }
        module "db" {
          source     = "./db"
          network    = "projects/acme/global/networks/vpc"
          depends_on = [module.psa]
        }
        """).addTerraformLines("psa/main.tf", PSA).addTerraformLines("db/main.tf", SQL_MODULE).expectNoFindings();
  }

  @Test
  void withoutTheDependsOn_theModulesInstanceIsStillReported() {
    RuleTester.of(new SqlPrivateIpPrerequisitesMissing(), getClass()).addTerraformLines("main.tf", PSA + """
        module "db" {
          source  = "./db"
          network = google_compute_network.vpc.id
        }
        """).addTerraformLines("db/main.tf", SQL_MODULE.replace("      private_network", "      # WARN: Finding contains: does not depend on google_service_networking_connection.psa\n      private_network"))
        .expectMarkers();
  }

  @Test
  void aDependsOnInsideACountedModule_counts() {
    RuleTester.of(new SqlPrivateIpPrerequisitesMissing(), getClass()).addTerraformLines("main.tf", PSA + """
        module "db" {
          count      = 1
          source     = "./db"
          network    = google_compute_network.vpc.id
          depends_on = [google_service_networking_connection.psa]
        }
        """).addTerraformLines("db/main.tf", SQL_MODULE).expectNoFindings();
  }
}
