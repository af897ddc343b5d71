package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path tmp;

  @Test
  void baselinedFindingsAreKnown_newOnesStillFail_evenWhenLinesMove() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("tf"));
    Files.writeString(dir.resolve("main.tf"), """
        resource "google_vpc_access_connector" "c" {
          name          = "conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          max_instances = 20
        }
        """);
    Path baseline = tmp.resolve("baseline.json");
    assertEquals(4, CliRunner.run("check", dir.toString(), "--format", "json", "--output", baseline.toString()).code());

    // Lines move and a new problem appears on another connector.
    Files.writeString(dir.resolve("main.tf"), """
        # a comment that moves every line down
        resource "google_vpc_access_connector" "c" {
          name          = "conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          max_instances = 20
        }
        resource "google_vpc_access_connector" "d" {
          name          = "conn-d"
          network       = "vpc"
          ip_cidr_range = "10.8.0.16/28"
          machine_type  = "n1-standard-1"
        }
        """);
    CliRunner r = CliRunner.run("check", dir.toString(), "--baseline", baseline.toString(), "--format", "json");
    assertEquals(4, r.code());
    JsonNode report = CheckCommandTest.JSON.readTree(r.out());
    assertEquals(1, report.get("findings").size());
    assertEquals("VPCC-07", report.get("findings").get(0).get("ruleId").asText());
    assertEquals(1, report.get("summary").get("suppressed").asInt());
    assertEquals("baseline", report.get("suppressed").get(0).get("suppression").get("kind").asText());

    Files.writeString(dir.resolve("main.tf"), Files.readString(dir.resolve("main.tf")).replace("n1-standard-1", "e2-micro"));
    assertEquals(0, CliRunner.run("check", dir.toString(), "--baseline", baseline.toString()).code(), "only known findings: pass");
  }

  @Test
  void aNewProblemOnABaselinedResource_isNew_andAChangedValueIsNot() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("tf"));
    String connector = """
        resource "google_vpc_access_connector" "c" {
          name          = "conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          max_instances = %d
        %s}
        """;
    Files.writeString(dir.resolve("main.tf"), connector.formatted(20, ""));
    Path baseline = tmp.resolve("baseline.json");
    assertEquals(4, CliRunner.run("check", dir.toString(), "--format", "json", "--output", baseline.toString()).code());

    // The baselined VPCC-05 on max_instances stays known when its value changes (20 -> 30) ...
    Files.writeString(dir.resolve("main.tf"), connector.formatted(30, ""));
    assertEquals(0, CliRunner.run("check", dir.toString(), "--baseline", baseline.toString()).code());
    // ... and a new VPCC-05 on min_instances of the same connector is new: it fails, the old one stays known.
    Files.writeString(dir.resolve("main.tf"), connector.formatted(30, "  min_instances = 1\n"));
    CliRunner r = CliRunner.run("check", dir.toString(), "--baseline", baseline.toString(), "--format", "json");
    assertEquals(4, r.code(), r.out());
    JsonNode report = CheckCommandTest.JSON.readTree(r.out());
    assertEquals(1, report.get("findings").size(), r.out());
    assertTrue(report.get("findings").get(0).get("message").asText().contains("min_instances = 1"), r.out());
    assertEquals(1, report.get("summary").get("suppressed").asInt());
  }

  @Test
  void fingerprintsSurviveAnUnrelatedEnvVariableAbove() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("incident"));
    for (Path f : Files.list(CheckCommandTest.SAMPLE.resolve("terraform")).toList()) {
      Files.copy(f, dir.resolve(f.getFileName()));
    }
    String live = CheckCommandTest.SAMPLE.resolve("live.json").toString();
    Path baseline = tmp.resolve("incident-baseline.json");
    CliRunner.run("check", dir.toString(), "--snapshot", live, "--format", "json", "--output", baseline.toString());
    String backend = Files.readString(dir.resolve("backend.tf"));
    int env = backend.indexOf("env {");
    Files.writeString(dir.resolve("backend.tf"), backend.substring(0, env)
        + "env {\n        name  = \"UNRELATED\"\n        value = \"x\"\n      }\n      " + backend.substring(env));
    JsonNode report = CheckCommandTest.JSON.readTree(CliRunner.run("check", dir.toString(), "--snapshot", live,
        "--baseline", baseline.toString(), "--format", "json").out());
    assertEquals(13, report.get("summary").get("suppressed").asInt(), report.toString());
    assertEquals(1, report.get("findings").size(), "only the new env name drifts: " + report.get("findings"));
    assertEquals("DRIFT-04", report.get("findings").get(0).get("ruleId").asText());
  }

  @Test
  void badBaselines_areInputErrors() throws IOException {
    Path notJson = Files.writeString(tmp.resolve("b.json"), "{oops");
    CliRunner r = CliRunner.run("check", CheckCommandTest.SAMPLE.resolve("terraform").toString(), "--baseline", notJson.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("invalid JSON"), r.err());
    Path sarif = Files.writeString(tmp.resolve("s.json"), "{\"version\": \"2.1.0\", \"runs\": []}");
    r = CliRunner.run("check", CheckCommandTest.SAMPLE.resolve("terraform").toString(), "--baseline", sarif.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("not a vpcgate JSON report"), r.err());
    r = CliRunner.run("check", CheckCommandTest.SAMPLE.resolve("terraform").toString(), "--baseline", tmp.resolve("none.json").toString());
    assertEquals(3, r.code());
  }
}
