package io.vpcgate.rules.sql;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectionBudgetExceededTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectionBudgetExceeded(), getClass());
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
