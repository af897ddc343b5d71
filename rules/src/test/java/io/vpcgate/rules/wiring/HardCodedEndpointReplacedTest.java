package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HardCodedEndpointReplacedTest {
  private RuleTester tester() {
    return RuleTester.of(new HardCodedEndpointReplaced(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_referencesFollowTheInstance() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutAnyEvidenceOfWhatExists_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  @Test
  void planAlone_judgesFromItsPriorState_labelledLastApplied() {
    // check --plan with no live read: the address the instance has now is in the plan's prior state.
    tester().addFixture("prior.tf").expectMarkers();
  }

  @Test
  void planWithoutPriorState_isSkippedNotPassed() {
    RuleTester t = tester();
    t.addTerraformFile("prior.tf")
        .withPlanText(t.resourceText("prior.plan.json").replaceFirst("\"prior_state\"", "\"unused\"")).expectSkipped();
  }
}
