package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON report, for the sample and for a report without live state, validates against src/schema. */
class ReportSchemaTest {
  private static JsonSchema schema() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("..", "src", "schema", "report.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static void assertValid(String json) throws IOException {
    JsonNode report = CheckCommandTest.JSON.readTree(json);
    Set<ValidationMessage> errors = schema().validate(report);
    assertEquals(Set.of(), errors);
  }

  @Test
  void expectedSampleReport_isValid() throws IOException {
    assertValid(Files.readString(CheckCommandTest.SAMPLE.resolve("expected.json")));
  }

  @Test
  void reportWithSkippedRulesAndNotes_isValid() throws IOException {
    CliRunner r = CliRunner.run("check", CheckCommandTest.SAMPLE.resolve("terraform").toString(), "--format", "json");
    assertFalse(CheckCommandTest.JSON.readTree(r.out()).get("skipped").isEmpty());
    assertValid(r.out());
  }

  @Test
  void schemaRejectsAReportThatBreaksTheContract() throws IOException {
    JsonNode bad = CheckCommandTest.JSON.readTree("""
        {"schemaVersion": 2, "tool": {"name": "vpcgate", "version": "x"},
         "summary": {"blocking": 0, "warning": 0, "info": 0}, "findings": [], "skipped": []}""");
    assertFalse(schema().validate(bad).isEmpty());
  }
}
