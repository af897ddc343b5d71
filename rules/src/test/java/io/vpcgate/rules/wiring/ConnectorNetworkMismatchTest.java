package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorNetworkMismatchTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorNetworkMismatch(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_storesAreUnknown_noFinding() {
    tester().addTerraformFile("bad.tf").expectNoFindings();
  }
}
