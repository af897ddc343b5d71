package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCommandTest {
  static final Path HEALTHY = Path.of("..", "samples", "healthy");

  @TempDir Path tmp;

  @Test
  void incident_reportsTheHandMadeEgressChangeAsDrift() throws IOException {
    CliRunner r = CliRunner.run("drift", CheckCommandTest.SAMPLE.resolve("terraform").toString(),
        "--snapshot", CheckCommandTest.SAMPLE.resolve("live.json").toString(), "--format", "json");
    assertEquals(4, r.code(), r.err());
    JsonNode findings = CheckCommandTest.JSON.readTree(r.out()).get("findings");
    boolean egress = false;
    for (JsonNode f : findings) {
      assertEquals("drift", f.get("category").asText(), "drift runs only the drift rules");
      if (f.get("ruleId").asText().equals("DRIFT-04") && f.get("drift").get("attribute").asText().equals("vpc_access.egress")) {
        egress = true;
        assertEquals("BLOCKING", f.get("severity").asText());
        assertEquals("PRIVATE_RANGES_ONLY", f.get("drift").get("desired").asText());
        assertEquals("ALL_TRAFFIC", f.get("drift").get("live").asText());
        assertTrue(f.get("message").asText().contains("client gcloud 530.0.0, by alice@acme.com"));
      }
    }
    assertTrue(egress, findings.toString());
    CliRunner text = CliRunner.run("drift", CheckCommandTest.SAMPLE.resolve("terraform").toString(),
        "--snapshot", CheckCommandTest.SAMPLE.resolve("live.json").toString());
    assertTrue(text.out().contains("vpc_access.egress: terraform PRIVATE_RANGES_ONLY → live ALL_TRAFFIC"), text.out());
  }

  @Test
  void healthySample_reportsNothing_inDriftOrCheck() throws IOException {
    String tf = HEALTHY.resolve("terraform").toString();
    String live = HEALTHY.resolve("live.json").toString();
    CliRunner drift = CliRunner.run("drift", tf, "--snapshot", live, "--format", "json");
    assertEquals(0, drift.code(), drift.out());
    assertEquals(0, CheckCommandTest.JSON.readTree(drift.out()).get("findings").size());
    CliRunner check = CliRunner.run("check", tf, "--snapshot", live, "--format", "json");
    assertEquals(0, check.code());
    assertEquals(CheckCommandTest.withoutVersion(Files.readString(HEALTHY.resolve("expected.json"))),
        CheckCommandTest.withoutVersion(check.out()));
  }

  @Test
  void withState_trueDriftBlocks_andConfigIgnoresAreReportedAsSuppressed() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("tf"));
    Files.writeString(dir.resolve("main.tf"), """
        provider "google" {
          project = "acme-prod"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "prod" {
          name          = "prod-connector"
          network       = "prod-vpc"
          ip_cidr_range = "10.8.0.0/28"
          min_instances = 2
          max_instances = 8
          machine_type  = "e2-standard-4"
        }
        """);
    Path state = Files.writeString(tmp.resolve("state.json"), """
        {"format_version": "1.0", "values": {"root_module": {"resources": [
          {"address": "google_vpc_access_connector.prod", "mode": "managed", "type": "google_vpc_access_connector",
           "values": {"name": "prod-connector", "project": "acme-prod", "region": "us-central1", "network": "prod-vpc",
             "ip_cidr_range": "10.8.0.0/28", "min_instances": 2, "max_instances": 8, "machine_type": "e2-standard-4"}}]}}}
        """);
    String live = HEALTHY.resolve("live.json").toString();
    CliRunner r = CliRunner.run("drift", dir.toString(), "--snapshot", live, "--state", state.toString(), "--format", "json");
    JsonNode report = CheckCommandTest.JSON.readTree(r.out());
    JsonNode drift01 = null;
    for (JsonNode f : report.get("findings")) {
      if (f.get("ruleId").asText().equals("DRIFT-01")) {
        drift01 = f;
      }
    }
    assertEquals(4, r.code(), r.out());
    assertEquals("BLOCKING", drift01.get("severity").asText(), "state 8, live 10: changed outside Terraform");
    assertEquals("max_instances", drift01.get("drift").get("attribute").asText());

    Files.writeString(dir.resolve(".vpcgate.yml"), "drift:\n  ignore: [\"google_vpc_access_connector.max_instances\"]\n");
    report = CheckCommandTest.JSON.readTree(CliRunner.run("drift", dir.toString(), "--snapshot", live, "--state",
        state.toString(), "--format", "json").out());
    assertEquals("config", report.get("suppressed").get(0).get("suppression").get("kind").asText());
    for (JsonNode f : report.get("findings")) {
      assertTrue(!f.get("ruleId").asText().equals("DRIFT-01"), f.toString());
    }
  }

  @Test
  void withoutLiveState_driftIsAUsageError_neverPassed() {
    String terraform = CheckCommandTest.SAMPLE.resolve("terraform").toString();
    for (String[] args : new String[][] {{"drift", terraform},
        {"drift", terraform, "--state", CheckCommandTest.SAMPLE.resolve("live.json").toString()}}) {
      CliRunner r = CliRunner.run(args);
      assertEquals(ExitCode.USAGE.code(), r.code(), r.out() + r.err());
      assertTrue(r.err().contains("drift compares Terraform with the live project, and without it judges nothing: give "
          + "--snapshot FILE, --project P, --asset-scope S or --asset-table T"), r.err());
      assertTrue(!r.out().contains("PASSED"), r.out());
    }
  }
}
