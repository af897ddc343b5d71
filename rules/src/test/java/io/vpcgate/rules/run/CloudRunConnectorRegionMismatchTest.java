package io.vpcgate.rules.run;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CloudRunConnectorRegionMismatchTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunConnectorRegionMismatch(), getClass());
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
