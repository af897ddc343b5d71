package io.vpcgate.rules.drift;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ManagedResourceMissingLiveTest {
  private RuleTester tester() {
    return RuleTester.of(new ManagedResourceMissingLive(), getClass()).withLiveSnapshot("live.json").withState("state.json");
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  @Test
  void withoutState_isSkipped() {
    RuleTester.of(new ManagedResourceMissingLive(), getClass()).withLiveSnapshot("live.json")
        .addTerraformFile("bad.tf").expectSkipped();
  }
}
