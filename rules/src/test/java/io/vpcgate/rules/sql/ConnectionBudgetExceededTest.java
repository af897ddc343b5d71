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
        .findings().get(0).message().contains("max_connections = 30, but the workloads attached to it can open 40"));
  }

  @Test
  void sqlServer_defaultUserConnectionsIsItsMaximum() {
    tester().addTerraformLines("main.tf", attached("SQLSERVER_2019_STANDARD", "", 10, 15)).expectNoFindings();
    String flag = "database_flags {\n      name  = \"user connections\"\n      value = \"100\"\n    }";
    org.junit.jupiter.api.Assertions.assertTrue(tester().addTerraformLines("main.tf", attached("SQLSERVER_2019_STANDARD", flag, 10, 15))
        .findings().get(0).message().contains("user connections = 100, but the workloads attached to it can open 500"));
  }

  @Test
  void anUnknownEngine_isNotEvaluated() {
    tester().addTerraformLines("main.tf", attached("POSTGRES_15", "", 1, 1).replace("\"POSTGRES_15\"", "var.version")
        + "variable \"version\" {\n  type = string\n}\n")
        .expectNotEvaluated("database_version is not known before apply");
  }

  // ---- budget boundaries, against an instance whose max_connections flag is set ----

  /** A PostgreSQL instance "db" of {@code tier} and, when {@code maxConnections} is not null, that flag. */
  private static String db(String tier, Integer maxConnections) {
    String flag = maxConnections == null ? "" : """
            database_flags {
              name  = "max_connections"
              value = "%d"
            }
        """.formatted(maxConnections);
    return """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_sql_database_instance" "db" {
          name             = "db"
          database_version = "POSTGRES_15"
          settings {
            tier = "%s"
        %s  }
        }
        """.formatted(tier, flag);
  }

  /**
   * A v2 service {@code name} bound to "db" through the /cloudsql socket ({@code socket}) or only by
   * INSTANCE_CONNECTION_NAME, with {@code instances} max instances (null: unset), {@code workers}
   * (null: unset), pool and overflow (null: unset); {@code marker} goes right above the pool size's value.
   */
  private static String service(String name, Integer instances, Integer workers, int pool, Integer overflow, boolean socket,
      String marker) {
    StringBuilder b = new StringBuilder();
    b.append("resource \"google_cloud_run_v2_service\" \"").append(name).append("\" {\n")
        .append("  name     = \"").append(name).append("\"\n  location = \"us-central1\"\n  template {\n");
    if (instances != null) {
      b.append("    scaling {\n      max_instance_count = ").append(instances).append("\n    }\n");
    }
    b.append("    containers {\n      image = \"gcr.io/acme/").append(name).append("\"\n");
    if (!socket) {
      b.append("      env {\n        name  = \"INSTANCE_CONNECTION_NAME\"\n        value = \"acme:us-central1:db\"\n      }\n");
    }
    if (workers != null) {
      b.append("      env {\n        name  = \"WEB_CONCURRENCY\"\n        value = \"").append(workers).append("\"\n      }\n");
    }
    b.append("      env {\n        name  = \"DB_POOL_SIZE\"\n");
    for (String line : marker.lines().toList()) {
      b.append("        ").append(line).append("\n");
    }
    b.append("        value = \"").append(pool).append("\"\n      }\n");
    if (overflow != null) {
      b.append("      env {\n        name  = \"DB_MAX_OVERFLOW\"\n        value = \"").append(overflow).append("\"\n      }\n");
    }
    b.append("    }\n");
    if (socket) {
      b.append("    volumes {\n      name = \"cloudsql\"\n      cloud_sql_instance {\n")
          .append("        instances = [google_sql_database_instance.db.connection_name]\n      }\n    }\n");
    }
    return b.append("  }\n}\n").toString();
  }

  @Test
  void flagged_atEightyPercentOfTheBudget_isSilent() {
    // 8 x 10 = 80 = 0.8 x 100: not above the warning threshold.
    tester().addTerraformLines("main.tf", db("db-custom-1-3840", 100) + service("api", 8, null, 10, null, true, ""))
        .expectNoFindings();
  }

  @Test
  void flagged_justAboveEightyPercent_isAWarning() {
    // 9 x 9 = 81 > 80; 0.81x; the remediation's instances are 100 / 9 = 11.
    tester().addTerraformLines("main.tf", db("db-custom-1-3840", 100) + service("api", 9, null, 9, null, true, """
        # WARN: Finding contains: Cloud SQL db: max_connections = 100, but the workloads attached to it can open 81 connections (api 9 instances x 1 worker x (9) = 81), 0.8x the budget, and up to twice that while two revisions overlap during a rollout
        # FIX: put a pooler (PgBouncer) in front; 11 instances x 9 connections fits 100
        """)).expectMarkers();
  }

  @Test
  void flagged_exactlyAtTheBudget_isStillOnlyAWarning() {
    tester().addTerraformLines("main.tf", db("db-custom-1-3840", 100) + service("api", 10, null, 10, null, true, """
        # WARN: Finding contains: can open 100 connections (api 10 instances x 1 worker x (10) = 100), 1.0x the budget
        # FIX: 10 instances x 10 connections fits 100
        """)).expectMarkers();
  }

  @Test
  void flagged_overTheBudget_isBlocking_withoutTheUnsetHint() {
    // 11 x 10 = 110 > 100.
    String hcl = db("db-custom-1-3840", 100) + service("api", 11, null, 10, null, true, """
        # BUG: Finding contains: max_connections = 100, but the workloads attached to it can open 110 connections (api 11 instances x 1 worker x (10) = 110), 1.1x the budget
        # FIX: 10 instances x 10 connections fits 100
        """);
    tester().addTerraformLines("main.tf", hcl).expectMarkers();
    String message = tester().addTerraformLines("main.tf", hcl).findings().get(0).message();
    org.junit.jupiter.api.Assertions.assertTrue(message.endsWith("during a rollout"), message);
  }

  @Test
  void perInstanceDemandAboveTheBudget_suggestsAtLeastOneInstance() {
    // 2 workers x (10+5) = 30 per instance against max_connections = 20: 20 / 30 is 0, so 1 instance.
    tester().addTerraformLines("main.tf", db("db-custom-1-3840", 20) + service("api", 3, 2, 10, 5, true, """
        # BUG: Finding contains: can open 90 connections (api 3 instances x 2 workers x (10+5) = 90), 4.5x the budget
        # FIX: 1 instances x 30 connections fits 20
        """)).expectMarkers();
  }

  @Test
  void tierDefault_betweenEightyPercentAndTheBudget_isSilent() {
    // db-custom-1-3840 defaults to 100; 9 x 10 = 90 only warns against a flag that was set.
    tester().addTerraformLines("main.tf", db("db-custom-1-3840", null) + service("api", 9, null, 10, null, true, ""))
        .expectNoFindings();
  }

  @Test
  void tierDefault_overTheBudget_isAWarning_thatSaysTheDefaultIsApproximate() {
    // Unset max_instance_count counts as 100 instances: 100 x 1 = 100 > the db-f1-micro's 25.
    java.util.List<io.vpcgate.engine.Finding> findings = tester()
        .addTerraformLines("main.tf", db("db-f1-micro", null) + service("api", null, null, 1, null, true, "")).findings();
    org.junit.jupiter.api.Assertions.assertEquals(1, findings.size());
    io.vpcgate.engine.Finding f = findings.get(0);
    org.junit.jupiter.api.Assertions.assertEquals(io.vpcgate.engine.Severity.WARNING, f.severity());
    org.junit.jupiter.api.Assertions.assertTrue(f.message().contains("db-f1-micro (0.60 GB) gets a default max_connections of 25, "
        + "but the workloads attached to it can open 100 connections (api 100 instances x 1 worker x (1) = 100), 4.0x the budget"),
        f.message());
    org.junit.jupiter.api.Assertions.assertTrue(f.message().endsWith(
        "during a rollout; the default is taken from the tier, set max_connections to make it exact"), f.message());
    org.junit.jupiter.api.Assertions.assertTrue(f.remediation().contains("25 instances x 1 connections fits 25"), f.remediation());
  }

  @Test
  void servicesOnOneInstance_addUp() {
    // 3 x 10 + 2 x 10 = 50 > 40; the remediation is about the first service.
    tester().addTerraformLines("main.tf", db("db-custom-1-3840", 40)
        + service("api", 3, null, 10, null, true, """
            # BUG: Finding contains: can open 50 connections (api 3 instances x 1 worker x (10) = 30 + web 2 instances x 1 worker x (10) = 20), 1.3x the budget
            # FIX: 4 instances x 10 connections fits 40
            """)
        + service("web", 2, null, 10, null, true, "")).expectMarkers();
  }

  // ---- the 100 connections a Cloud Run instance may open through the socket ----

  @Test
  void perInstance_exactly100ThroughTheSocket_isAllowed() {
    // 4 workers x (20+5) = 100, one instance, against a generous flag.
    tester().addTerraformLines("main.tf", db("db-custom-4-15360", 10_000) + service("api", 1, 4, 20, 5, true, ""))
        .expectNoFindings();
  }

  @Test
  void perInstance_101ThroughTheSocket_isBlocking() {
    tester().addTerraformLines("main.tf", db("db-custom-4-15360", 10_000) + service("api", 1, 1, 100, 1, true, """
        # BUG: Finding contains: Service google_cloud_run_v2_service.api: each instance can open 1 x (100+1) = 101 connections to db through the /cloudsql socket, but a Cloud Run instance may open at most 100 to Cloud SQL
        # FIX: Keep workers x (pool size + overflow) at or below 100 per instance
        """)).expectMarkers();
  }

  @Test
  void perInstance_isNotCappedWithoutTheSocket() {
    // Bound only by INSTANCE_CONNECTION_NAME (a connector or the Auth Proxy as a library): 8 x 20 = 160 is not capped.
    tester().addTerraformLines("main.tf", db("db-custom-4-15360", 10_000) + service("api", 1, 8, 20, null, false, ""))
        .expectNoFindings();
  }

  // ---- where the limit comes from (ConnectionLimit) ----

  private static final String USER_CONNECTIONS_0 = "database_flags {\n      name  = \"user connections\"\n      value = \"0\"\n    }";

  @Test
  void sqlServer_userConnections0_meansTheMaximum_notAZeroBudget() {
    tester().addTerraformLines("main.tf", attached("SQLSERVER_2019_STANDARD", USER_CONNECTIONS_0, 10, 15)).expectNoFindings();
  }

  @Test
  void sqlServer_overTheMaximum_isAWarningThatNamesTheSetting() {
    // 1000 instances x 40 = 40,000 > 32,767.
    String zero = attached("SQLSERVER_2019_STANDARD", USER_CONNECTIONS_0, 40, 0).replace("max_instance_count = 20", "max_instance_count = 1000");
    io.vpcgate.engine.Finding f = tester().addTerraformLines("main.tf", zero).findings().get(0);
    org.junit.jupiter.api.Assertions.assertEquals(io.vpcgate.engine.Severity.WARNING, f.severity());
    org.junit.jupiter.api.Assertions.assertTrue(f.message().contains("SQL Server's user connections = 0 allows 32767, but the "
        + "workloads attached to it can open 40000 connections (api 1000 instances x 1 worker x (40) = 40000), 1.2x the budget"), f.message());
    org.junit.jupiter.api.Assertions.assertTrue(f.message().endsWith("; set user connections to make the budget exact"), f.message());

    String unset = attached("SQLSERVER_2019_STANDARD", "", 40, 0).replace("max_instance_count = 20", "max_instance_count = 1000");
    String message = tester().addTerraformLines("main.tf", unset).findings().get(0).message();
    org.junit.jupiter.api.Assertions.assertTrue(message.contains("SQL Server's user connections default (0) allows 32767"), message);
  }

  @Test
  void unknownFlags_areNotEvaluated() {
    String flag = "database_flags {\n      name  = \"max_connections\"\n      value = var.max\n    }";
    tester().addTerraformLines("main.tf", attached("POSTGRES_15", flag, 1, 1) + "variable \"max\" {\n  type = string\n}\n")
        .expectNotEvaluated("whether the 40 connections the services can open fit Cloud SQL db: its database flags are not known before apply");
  }

  @Test
  void anEngineVpcgateDoesNotKnow_isNotEvaluated() {
    tester().addTerraformLines("main.tf", attached("ORACLE_19", "", 1, 1))
        .expectNotEvaluated("database_version ORACLE_19 is not an engine whose connection limit vpcgate knows");
  }

  @Test
  void postgres_aTierWithoutDocumentedMemory_isNotEvaluated() {
    tester().addTerraformLines("main.tf", attached("POSTGRES_15", "", 1, 1).replace("db-f1-micro", "db-perf-optimized-N-2"))
        .expectNotEvaluated("tier db-perf-optimized-N-2 has no documented memory size");
  }

  @Test
  void postgres_anUnknownTier_isNotEvaluated() {
    tester().addTerraformLines("main.tf", attached("POSTGRES_15", "", 1, 1).replace("\"db-f1-micro\"", "var.tier")
        + "variable \"tier\" {\n  type = string\n}\n")
        .expectNotEvaluated("its tier is not known before apply");
  }
}
