package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionTest {
  @TempDir Path dir;

  private static final String CONNECTOR = """
      resource "google_vpc_access_connector" "%s" {
        name          = "%s"
        network       = "vpc"
        ip_cidr_range = "%s"
        max_instances = 20
      }
      """;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private JsonNode json(String... more) throws IOException {
    String[] args = new String[4 + more.length];
    args[0] = "check";
    args[1] = dir.toString();
    args[2] = "--format";
    args[3] = "json";
    System.arraycopy(more, 0, args, 4, more.length);
    return CheckCommandTest.JSON.readTree(CliRunner.run(args).out());
  }

  @Test
  void lineBlockAndTrailingComments() throws IOException {
    write("main.tf", """
        resource "google_vpc_access_connector" "line" {
          name          = "line-conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          # vpcgate:ignore VPCC-05 -- capacity request approved in OPS-1234
          max_instances = 20
        }
        # vpcgate:ignore VPCC-03,VPCC-05 -- legacy connector, replaced next sprint
        resource "google_vpc_access_connector" "block" {
          name          = "block-conn"
          network       = "vpc"
          ip_cidr_range = "10.8.1.5/28"
          max_instances = 20
        }
        resource "google_vpc_access_connector" "trailing" {
          name          = "trailing-conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.16/28"
          max_instances = 20 # vpcgate:ignore VPCC-05 -- load test only
        }
        resource "google_vpc_access_connector" "unsuppressed" {
          name          = "open-conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.32/28"
          max_instances = 20
        }
        """);
    CliRunner r = CliRunner.run("check", dir.toString());
    assertEquals(4, r.code(), "the unsuppressed connector still blocks");
    assertTrue(r.out().contains("1 blocking, 0 warning, 0 info, 4 suppressed"), r.out());
    assertTrue(r.out().contains("by main.tf:8: legacy connector, replaced next sprint"), r.out());
    JsonNode report = json();
    assertEquals(4, report.get("summary").get("suppressed").asInt());
    assertEquals("google_vpc_access_connector.unsuppressed", report.get("findings").get(0).get("resource").asText());
    assertEquals("inline", report.get("suppressed").get(0).get("suppression").get("kind").asText());
  }

  @Test
  void moduleCall_coversTheResourcesInside() throws IOException {
    write("main.tf", """
        # vpcgate:ignore all -- vendored module, tracked upstream
        module "net" {
          source = "./net"
        }
        """ + CONNECTOR.formatted("root", "root-conn", "10.8.0.5/28"));
    write("net/main.tf", CONNECTOR.formatted("inner", "inner-conn", "10.9.0.5/28"));
    JsonNode report = json();
    assertEquals(2, report.get("summary").get("suppressed").asInt());
    report.get("findings").forEach(f -> assertEquals("google_vpc_access_connector.root", f.get("resource").asText()));
  }

  @Test
  void withoutAReasonExpiredOrMalformed_nothingIsSuppressedAndTheNotesSayWhy() throws IOException {
    write("main.tf", """
        resource "google_vpc_access_connector" "c" {
          name          = "conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          # vpcgate:ignore VPCC-05
          max_instances = 20
        }
        resource "google_vpc_access_connector" "d" {
          name          = "conn-d"
          network       = "vpc"
          ip_cidr_range = "10.8.0.16/28"
          # vpcgate:ignore VPCC-05 until=2020-01-01 -- temporary
          max_instances = 20
        }
        resource "google_vpc_access_connector" "e" {
          name          = "conn-e"
          network       = "vpc"
          ip_cidr_range = "10.8.0.32/28"
          # vpcgate:ignore VPCC-05 until=2999-12-31 -- until the quota raise
          max_instances = 20
        }
        # vpcgate:ignore please
        """);
    JsonNode report = json();
    assertEquals(2, report.get("summary").get("blocking").asInt());
    assertEquals(1, report.get("summary").get("suppressed").asInt());
    String notes = report.get("notes").toString();
    assertTrue(notes.contains("main.tf:5: vpcgate:ignore needs a reason"), notes);
    assertTrue(notes.contains("main.tf:12: vpcgate:ignore expired on 2020-01-01"), notes);
    assertTrue(notes.contains("main.tf:22: malformed vpcgate:ignore"), notes);
  }

  @Test
  void planScansHonourTheCommentsInTheTfFiles() throws IOException {
    Path sample = Files.createDirectories(dir.resolve("terraform"));
    for (String f : new String[] {"backend.tf", "providers.tf", "variables.tf", "terraform.tfvars"}) {
      Files.copy(CheckCommandTest.SAMPLE.resolve("terraform").resolve(f), sample.resolve(f));
    }
    Files.writeString(sample.resolve("network.tf"), Files.readString(CheckCommandTest.SAMPLE.resolve("terraform/network.tf"))
        .replace("  max_instances = 20", "  max_instances = 20 # vpcgate:ignore VPCC-05 -- quota raise approved"));
    CliRunner r = CliRunner.run("check", sample.toString(), "--plan", CheckCommandTest.SAMPLE.resolve("plan.json").toString(),
        "--format", "sarif", "--fail-on", "never");
    JsonNode results = CheckCommandTest.JSON.readTree(r.out()).get("runs").get(0).get("results");
    int suppressed = 0;
    for (JsonNode x : results) {
      if (x.has("suppressions")) {
        suppressed++;
        assertEquals("VPCC-05", x.get("ruleId").asText());
        assertEquals("inSource", x.get("suppressions").get(0).get("kind").asText());
      }
    }
    assertEquals(1, suppressed);
  }

  @Test
  void aCommentNamingNoRule_isSaidToSuppressNothing() throws IOException {
    write("main.tf", """
        resource "google_vpc_access_connector" "c" {
          name          = "conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          # vpcgate:ignore VPCC-99,CR-7 -- typo for VPCC-05
          max_instances = 20
        }
        """);
    JsonNode report = json();
    assertEquals(1, report.get("summary").get("blocking").asInt(), "nothing suppressed");
    String notes = report.get("notes").toString();
    assertTrue(notes.contains("main.tf:5: vpcgate:ignore names CR-7, VPCC-99, which are no rules (see vpcgate rules); "
        + "it suppresses nothing"), notes);
  }
}
