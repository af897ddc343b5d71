package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RulesCommandTest {

  @Test
  void list_showsEveryRuleWithItsInputs() {
    CliRunner r = CliRunner.run("rules");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("VPCC-05   ConnectorInstanceBounds"), r.out());
    assertTrue(r.out().contains("terraform+live"), r.out());
    assertEquals(io.vpcgate.rules.BuiltInRules.all().size() + 1, r.out().lines().count(), "a header and every rule");
  }

  @Test
  void explain_printsMetadataAndTheExplanation() {
    CliRunner r = CliRunner.run("rules", "vpcc-05");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("VPCC-05 ConnectorInstanceBounds: "), r.out());
    assertTrue(r.out().contains("## Why"), r.out());
    assertTrue(r.out().contains("## Sources"), r.out());
    assertEquals(0, CliRunner.run("rules", "RedisEndpointMismatch").code());
  }

  @Test
  void explain_showsTheTestedExampleAndItsReport() {
    CliRunner r = CliRunner.run("rules", "VPCC-05");
    assertTrue(r.out().contains("## Example"), r.out());
    assertTrue(r.out().contains("resource \"google_vpc_access_connector\""), r.out());
    assertTrue(r.out().contains("bad.tf:"), r.out());
    assertTrue(r.out().contains("[VPCC-05 ConnectorInstanceBounds]"), r.out());
  }

  @Test
  void docs_writesAPagePerRuleAndAnIndex(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) throws Exception {
    CliRunner r = CliRunner.run("rules", "docs", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    // a page per rule, the index and the custom rules' vocabulary
    assertEquals(io.vpcgate.rules.BuiltInRules.all().size() + 2, java.nio.file.Files.list(out).count());
    assertTrue(java.nio.file.Files.readString(out.resolve("custom-rules-vocabulary.md")).contains("| `max_instances` |"));
    assertTrue(java.nio.file.Files.readString(out.resolve("ConnectorInstanceBounds.md")).startsWith(RuleDocs.HEADER));
  }

  @Test
  void docs_withRules_writesTheOrganisationsOwnPagesToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
      throws Exception {
    java.nio.file.Path rules = java.nio.file.Path.of("..", "samples", "custom-rules", ".vpcgate", "rules");
    CliRunner r = CliRunner.run("rules", "docs", "--out", out.toString(), "--rules", rules.toString());
    assertEquals(0, r.code(), r.err());
    String page = java.nio.file.Files.readString(out.resolve("ConnectorSharedTooWidely.md"));
    assertTrue(page.startsWith(RuleDocs.HEADER + "\n# ACME-CAP-01 ConnectorSharedTooWidely"), page);
    assertTrue(page.contains("size(connector.declared_users) > 5"), page);
    assertTrue(page.contains("# vpcgate:ignore ACME-CAP-01 -- "), page);
    assertTrue(java.nio.file.Files.readString(out.resolve("README.md")).contains("| ACME-CAP-01 | [ConnectorSharedTooWidely]"));
  }

  @Test
  void unknownRule_isAUsageError() {
    CliRunner r = CliRunner.run("rules", "NOPE-99");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no rule 'NOPE-99'"), r.err());
  }
}
