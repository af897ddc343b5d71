package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SARIF output validated by the official OASIS SARIF 2.1.0 schema, and shaped for GitHub code scanning. */
class SarifReportTest {
  private static JsonSchema oasisSchema() throws IOException {
    try (InputStream in = SarifReportTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  private static JsonNode sarif(String... extra) throws IOException {
    String[] args = new String[5 + extra.length];
    args[0] = "check";
    args[1] = CheckCommandTest.SAMPLE.resolve("terraform").toString();
    args[2] = "--format";
    args[3] = "sarif";
    args[4] = "--fail-on=never";
    System.arraycopy(extra, 0, args, 5, extra.length);
    CliRunner r = CliRunner.run(args);
    assertEquals(0, r.code(), r.err());
    return CheckCommandTest.JSON.readTree(r.out());
  }

  @Test
  void sampleReport_validatesAgainstTheOasisSchema() throws IOException {
    for (JsonNode report : new JsonNode[] {sarif(), sarif("--snapshot", CheckCommandTest.SAMPLE.resolve("live.json").toString())}) {
      Set<ValidationMessage> errors = oasisSchema().validate(report);
      assertEquals(Set.of(), errors);
    }
  }

  @Test
  void resultsPointAtTfLinesWithRulesAndStableFingerprints() throws IOException {
    JsonNode run = sarif("--snapshot", CheckCommandTest.SAMPLE.resolve("live.json").toString()).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertEquals(io.vpcgate.rules.BuiltInRules.all().size() - 2, rules.size(), "the rules that ran (DRIFT-02/03 need state)");
    JsonNode results = run.get("results");
    assertEquals(13, results.size(), "every finding of the incident sample");
    JsonNode vpcc05 = null;
    for (JsonNode r : results) {
      assertEquals(r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
      assertEquals(32, r.get("partialFingerprints").get("vpcgateFindingHash/v2").asText().length());
      if (r.get("ruleId").asText().equals("VPCC-05")) {
        vpcc05 = r;
      }
    }
    JsonNode physical = vpcc05.get("locations").get(0).get("physicalLocation");
    // From the repository root (this checkout), where code scanning resolves it.
    assertEquals(ReportContext.paths(CheckCommandTest.SAMPLE.resolve("terraform")).fromRoot("network.tf"),
        physical.get("artifactLocation").get("uri").asText());
    assertEquals("SRCROOT", physical.get("artifactLocation").get("uriBaseId").asText());
    assertEquals(8, physical.get("region").get("startLine").asInt());
    assertEquals("error", vpcc05.get("level").asText());
    assertTrue(rules.get(vpcc05.get("ruleIndex").asInt()).get("help").get("markdown").asText().contains("## Why"));
    assertEquals(vpcc05.get("partialFingerprints"),
        resultOf(sarif("--snapshot", CheckCommandTest.SAMPLE.resolve("live.json").toString()), "VPCC-05").get("partialFingerprints"),
        "the same finding has the same fingerprint run after run");
  }

  @Test
  void skippedRulesAreNotifications_notSilentPasses() throws IOException {
    JsonNode notes = sarif().get("runs").get(0).get("invocations").get(0).get("toolExecutionNotifications");
    assertFalse(notes.isEmpty());
    assertTrue(notes.get(0).get("message").get("text").asText().contains("needs live state"));
  }

  private static JsonNode resultOf(JsonNode sarif, String ruleId) {
    for (JsonNode r : sarif.get("runs").get(0).get("results")) {
      if (r.get("ruleId").asText().equals(ruleId)) {
        return r;
      }
    }
    throw new AssertionError("no " + ruleId);
  }
}
