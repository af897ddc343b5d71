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
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }
}
