package io.vpcgate.rules.drift;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AttributeDriftTest {
  private RuleTester tester() {
    return RuleTester.of(new AttributeDrift(), getClass()).withLiveSnapshot("live.json");
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
  void withState_onlyTrueDriftIsReported_andItBlocks() {
    tester().addTerraformFile("with-state.tf").withState("with-state.state.json").expectMarkers();
  }
}
