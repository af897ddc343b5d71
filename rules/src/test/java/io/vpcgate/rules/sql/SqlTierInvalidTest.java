package io.vpcgate.rules.sql;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SqlTierInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new SqlTierInvalid(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  /** One instance "db" of {@code version} and {@code tier} (a quoted string or an expression), with {@code marker} above the tier. */
  private static String instance(String version, String tier, String marker) {
    StringBuilder b = new StringBuilder("""
        variable "tier" {
          type = string
        }
        variable "version" {
          type = string
        }
        resource "google_sql_database_instance" "db" {
          name             = "db"
          database_version = %s
          settings {
        """.formatted(version));
    marker.lines().forEach(l -> b.append("    ").append(l).append("\n"));
    return b.append("    tier = ").append(tier).append("\n  }\n}\n").toString();
  }

  private void valid(String tier) {
    tester().addTerraformLines("main.tf", instance("\"POSTGRES_15\"", "\"" + tier + "\"", "")).expectNoFindings();
  }

  private void invalid(String tier, String marker) {
    tester().addTerraformLines("main.tf", instance("\"POSTGRES_15\"", "\"" + tier + "\"", marker)).expectMarkers();
  }

  @Test
  void custom_atLeast3840Mb() {
    valid("db-custom-1-3840");
    invalid("db-custom-1-3584", """
        # WARN: Finding contains: SQL google_sql_database_instance.db: tier db-custom-1-3584 has 3584 MB for 1 vCPU (3.50 GB per vCPU); custom tiers take a multiple of 256 MB, at least 3,840 MB, and 0.9 to 6.5 GB per vCPU
        # FIX: Pick a valid custom shape, e.g. tier = "db-custom-1-3840"
        """);
  }

  @Test
  void custom_aMultipleOf256Mb() {
    invalid("db-custom-1-4000", """
        # WARN: Finding contains: tier db-custom-1-4000 has 4000 MB for 1 vCPU (3.91 GB per vCPU)
        """);
  }

  @Test
  void custom_atLeast09GbPerVcpu() {
    // 4608 MB / 5 vCPU is exactly 0.9 GB per vCPU; 4352 MB is 0.85.
    valid("db-custom-5-4608");
    invalid("db-custom-5-4352", """
        # WARN: Finding contains: tier db-custom-5-4352 has 4352 MB for 5 vCPU (0.85 GB per vCPU)
        # FIX: tier = "db-custom-5-19200"
        """);
  }

  @Test
  void custom_atMost65GbPerVcpu() {
    valid("db-custom-1-6656");
    invalid("db-custom-1-6912", """
        # WARN: Finding contains: tier db-custom-1-6912 has 6912 MB for 1 vCPU (6.75 GB per vCPU)
        # FIX: tier = "db-custom-1-3840"
        """);
  }

  @Test
  void n1Shapes_areKnown_otherN1NamesAreNot() {
    valid("db-n1-standard-2");
    valid("db-n1-highmem-4");
    invalid("db-n1-megamem-2", """
        # WARN: Finding contains: SQL google_sql_database_instance.db: tier db-n1-megamem-2 is not a PostgreSQL machine type vpcgate knows
        # FIX: Use a custom tier with the same size, e.g. tier = "db-custom-1-3840"
        """);
  }

  @Test
  void sharedCoreAndPerfOptimized_areKnown() {
    valid("db-f1-micro");
    valid("db-g1-small");
    valid("db-perf-optimized-N-8");
  }

  @Test
  void onlyPostgresIsJudged() {
    tester().addTerraformLines("main.tf", instance("\"MYSQL_8_0\"", "\"db-custom-1-1024\"", "")).expectNoFindings();
    tester().addTerraformLines("main.tf", instance("var.version", "\"db-custom-1-1024\"", "")).expectNoFindings();
  }

  @Test
  void anUnknownTier_isNotJudged() {
    tester().addTerraformLines("main.tf", instance("\"POSTGRES_15\"", "var.tier", "")).expectNoFindings();
  }
}
