package io.driftgate.cli;

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
    assertEquals(io.driftgate.rules.BuiltInRules.all().size() + 1, r.out().lines().count(), "a header and every rule");
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
  void unknownRule_isAUsageError() {
    CliRunner r = CliRunner.run("rules", "NOPE-99");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no rule 'NOPE-99'"), r.err());
  }
}
