package io.vpcgate.rules.drift;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ChangedOutsideTerraformTest {
  private RuleTester tester() {
    return RuleTester.of(new ChangedOutsideTerraform(), getClass()).withLiveSnapshot("live.json");
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }
}
