package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorNotReadyTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorNotReady(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_brokenConnectorNobodyHereUses_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }
}
