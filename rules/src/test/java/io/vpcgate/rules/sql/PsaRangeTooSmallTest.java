package io.vpcgate.rules.sql;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PsaRangeTooSmallTest {
  private RuleTester tester() {
    return RuleTester.of(new PsaRangeTooSmall(), getClass());
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
