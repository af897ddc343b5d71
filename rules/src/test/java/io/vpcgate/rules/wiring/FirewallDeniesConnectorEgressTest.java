package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FirewallDeniesConnectorEgressTest {
  private RuleTester tester() {
    return RuleTester.of(new FirewallDeniesConnectorEgress(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_higherPriorityAllowAndDisabledRules_staySilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }
}
