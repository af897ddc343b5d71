package io.vpcgate.rules.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Severity;
import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SqlPrivateIpPrerequisitesMissingTest {
  private RuleTester tester() {
    return RuleTester.of(new SqlPrivateIpPrerequisitesMissing(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_onlyTheMissingDependencyIsKnown() {
    var findings = tester().addTerraformFile("bad.tf").findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.WARNING, findings.get(0).severity());
  }
}
