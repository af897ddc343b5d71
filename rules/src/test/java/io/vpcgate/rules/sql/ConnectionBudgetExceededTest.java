package io.vpcgate.rules.sql;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectionBudgetExceededTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectionBudgetExceeded(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  /** One service with 20 instances x (pool + overflow) attached to a db-f1-micro of {@code version}, with {@code flags}. */
  private static String attached(String version, String flags, int pool, int overflow) {
    return """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_sql_database_instance" "db" {
          name             = "db"
          database_version = "%s"
          settings {
            tier = "db-f1-micro"
            %s
          }
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            scaling {
              max_instance_count = 20
            }
            containers {
              image = "gcr.io/acme/api"
              env {
                name  = "DB_POOL_SIZE"
                value = "%d"
              }
              env {
                name  = "DB_MAX_OVERFLOW"
                value = "%d"
              }
            }
            volumes {
              name = "cloudsql"
              cloud_sql_instance {
                instances = [google_sql_database_instance.db.connection_name]
              }
            }
          }
        }
        """.formatted(version, flags, pool, overflow);
  }

  @Test
  void postgres_fMicroDefault25_isTheBudget_onBothSidesOfIt() {
    // 20 x (1 + 0) = 20 fits PostgreSQL's 25 on db-f1-micro; 20 x (1 + 1) = 40 does not.
    tester().addTerraformLines("main.tf", attached("POSTGRES_15", "", 1, 0)).expectNoFindings();
    org.junit.jupiter.api.Assertions.assertTrue(tester().addTerraformLines("main.tf", attached("POSTGRES_15", "", 1, 1))
        .findings().get(0).message().contains("db-f1-micro (0.60 GB) gets a default max_connections of 25"));
  }

  @Test
  void mysql_withoutTheFlag_isNotJudgedAgainstPostgresDefaults() {
    // A MySQL db-f1-micro with 50 connections was flagged against PostgreSQL's 25.
    tester().addTerraformLines("main.tf", attached("MYSQL_8_0", "", 1, 1))
        .expectNotEvaluated("Cloud SQL for MySQL documents no default max_connections per tier");
  }

  @Test
  void mysql_withTheFlag_isJudged() {
    String flag = "database_flags {\n      name  = \"max_connections\"\n      value = \"30\"\n    }";
    org.junit.jupiter.api.Assertions.assertTrue(tester().addTerraformLines("main.tf", attached("MYSQL_8_0", flag, 1, 1))
        .findings().get(0).message().contains("max_connections = 30, but the services attached to it can open 40"));
  }

  @Test
  void sqlServer_defaultUserConnectionsIsItsMaximum() {
    tester().addTerraformLines("main.tf", attached("SQLSERVER_2019_STANDARD", "", 10, 15)).expectNoFindings();
    String flag = "database_flags {\n      name  = \"user connections\"\n      value = \"100\"\n    }";
    org.junit.jupiter.api.Assertions.assertTrue(tester().addTerraformLines("main.tf", attached("SQLSERVER_2019_STANDARD", flag, 10, 15))
        .findings().get(0).message().contains("user connections = 100, but the services attached to it can open 500"));
  }

  @Test
  void anUnknownEngine_isNotEvaluated() {
    tester().addTerraformLines("main.tf", attached("POSTGRES_15", "", 1, 1).replace("\"POSTGRES_15\"", "var.version")
        + "variable \"version\" {\n  type = string\n}\n")
        .expectNotEvaluated("database_version is not known before apply");
  }
}
