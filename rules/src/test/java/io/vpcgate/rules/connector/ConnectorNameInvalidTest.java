package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorNameInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorNameInvalid(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  private static String connector(String resource, String name, String markers) {
    return """
        resource "google_vpc_access_connector" "%s" {
        %s  name          = "%s"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        """.formatted(resource, markers.isEmpty() ? "" : markers.lines().map(l -> "  " + l + "\n").reduce("", String::concat),
        name);
  }

  private RuleTester withProvider() {
    return tester().addTerraformLines("provider.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        """);
  }

  @Test
  void invalidName_remediationSuggestsAValidName() {
    withProvider().addTerraformLines("main.tf",
        connector("digit", "1conn", "# BUG: Finding contains: name \"1conn\" does not match\n# FIX: e.g. name = \"conn\"")
            + connector("digits_only", "2026", "# BUG: Finding contains: name \"2026\" does not match\n"
                + "# FIX: e.g. name = \"connector\"")
            + connector("one_letter", "A", "# BUG: Finding contains: name \"A\" does not match\n# FIX: e.g. name = \"a-c\"")
            + connector("two_letters", "Ab", "# BUG: Finding contains: name \"Ab\" does not match\n# FIX: e.g. name = \"ab\"")
            + connector("upper", "Conn_A", "# BUG: Finding contains: name \"Conn_A\" does not match\n"
                + "# FIX: e.g. name = \"conn-a\"")
            + connector("long", "Staging_serverless_conne_ctor", "# BUG: Finding contains: does not match\n"
                + "# FIX: e.g. name = \"staging-serverless-conne\"")
            + connector("too_long", "staging-serverless-connector",
                "# BUG: Finding contains: name \"staging-serverless-connector\" does not match\n"
                + "# FIX: e.g. name = \"staging-serverless-connec\""))
        .expectMarkers();
  }

  @Test
  void lengthWithHyphensCountedTwice_warnsFrom21() {
    withProvider().addTerraformLines("main.tf",
        connector("twenty", "abcdefghijklmnopqrst", "")
            + connector("twenty_with_hyphen", "abcdefghi-klmnopqrs", "")
            + connector("twenty_one", "abcdefghijklmnopqrstu",
                "# WARN: Finding contains: name \"abcdefghijklmnopqrstu\" counts 21 characters with hyphens counted twice\n"
                + "# FIX: e.g. name = \"abcdefghijklmnopqrst\"")
            + connector("hyphens", "stg-svc-run-conn-a1",
                "# WARN: Finding contains: name \"stg-svc-run-conn-a1\" counts 23 characters\n"
                + "# FIX: Use a shorter name with fewer hyphens, e.g. name = \"stgsvcrunconna1\""))
        .expectMarkers();
  }
}
