package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorMachineTypeInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorMachineTypeInvalid(), getClass());
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
