package io.vpcgate.rules.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Finding;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlIpConfigInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new SqlIpConfigInvalid(), getClass()).withLiveSnapshot("live.json");
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  private static String allocated(String range) {
    return """
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
              ipv4_enabled       = false
              private_network    = "projects/acme/global/networks/prod-vpc"
              allocated_ip_range = "%s"
            }
          }
        }
        """.formatted(range);
  }

  private List<String> messages(String terraform) {
    return tester().addTerraformLines("main.tf", terraform).findings().stream().map(Finding::message).toList();
  }

  @Test
  void allocatedIpRange_aCidr_isToldItTakesTheName_otherBadNamesAreNot() {
    assertEquals(List.of("Cloud SQL google_sql_database_instance.pg: allocated_ip_range \"10.60.0.0/16\" is not the name of "
        + "an allocated range (RFC 1035: lowercase, 1-63 characters, starting with a letter); it takes the range's name, not "
        + "its CIDR"), messages(allocated("10.60.0.0/16")));
    assertEquals(List.of("Cloud SQL google_sql_database_instance.pg: allocated_ip_range \"PSA_Range\" is not the name of "
        + "an allocated range (RFC 1035: lowercase, 1-63 characters, starting with a letter)"), messages(allocated("PSA_Range")));
  }

  /** A well-formed name that is no range of prod-vpc is looked up; a malformed one is not. */
  private String verdictOn(String range) {
    List<String> got = messages(allocated(range));
    assertEquals(1, got.size(), () -> got.toString());
    return got.get(0).contains("names no VPC_PEERING range") ? "looked up" : got.get(0).contains("is not the name") ? "malformed"
        : got.get(0);
  }

  @Test
  void allocatedIpRange_rfc1035Names() {
    String longest = "p" + "a".repeat(61) + "1";
    assertEquals("looked up", verdictOn("p"));
    assertEquals("looked up", verdictOn(longest));
    assertEquals("malformed", verdictOn(longest.replace("p", "pp")));
    assertEquals("malformed", verdictOn("psa-"));
    assertEquals("malformed", verdictOn("1psa"));
  }

  @Test
  void allocatedIpRange_aRangeOfAnotherNetwork_isNamedNotOnThisOne() {
    tester().addTerraformLines("main.tf", allocated("psa-range").replace("prod-vpc", "other-vpc")
        .replace("      allocated_ip_range", "      # BUG: Finding contains: allocated_ip_range \"psa-range\" names no VPC_PEERING range on network acme/other-vpc (its ranges: )\n        # FIX: Name one of the network's Private Service Access ranges\n      allocated_ip_range"))
        .expectMarkers();
  }
}
