package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SqlCaModeNeedsGen2Test {
  private RuleTester tester() {
    return RuleTester.of(new SqlCaModeNeedsGen2(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  @Test
  void v1Service_isToldTheAnnotation() {
    java.util.List<io.vpcgate.engine.Finding> findings = tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_sql_database_instance" "pg" {
          name             = "pg"
          database_version = "POSTGRES_15"
          settings {
            tier = "db-custom-1-3840"
            ip_configuration {
              server_ca_mode = "CUSTOMER_MANAGED_CAS_CA"
            }
          }
        }
        resource "google_cloud_run_service" "legacy" {
          name     = "legacy"
          location = "us-central1"
          template {
            metadata {
              annotations = {
                "run.googleapis.com/execution-environment" = "gen1"
                "run.googleapis.com/cloudsql-instances"    = google_sql_database_instance.pg.connection_name
              }
            }
            spec {
              containers {
                image = "us-docker.pkg.dev/cloudrun/container/hello"
              }
            }
          }
        }
        """).findings();
    org.junit.jupiter.api.Assertions.assertEquals(1, findings.size(), findings::toString);
    io.vpcgate.engine.Finding f = findings.get(0);
    org.junit.jupiter.api.Assertions.assertTrue(f.message().contains("Service google_cloud_run_service.legacy runs in the first "
        + "generation execution environment but attaches Cloud SQL google_sql_database_instance.pg, whose server_ca_mode is "
        + "CUSTOMER_MANAGED_CAS_CA"), f.message());
    org.junit.jupiter.api.Assertions.assertTrue(f.remediation().startsWith(
        "Set run.googleapis.com/execution-environment = \"gen2\", or use GOOGLE_MANAGED_INTERNAL_CA on the instance"), f.remediation());
  }
}
