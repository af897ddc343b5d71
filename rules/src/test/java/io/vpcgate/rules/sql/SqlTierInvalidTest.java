package io.vpcgate.rules.sql;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SqlTierInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new SqlTierInvalid(), getClass());
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
