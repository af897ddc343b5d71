package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorRangeOverlapsSubnetTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorRangeOverlapsSubnet(), getClass());
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
  void liveRanges_unmanagedSubnetAndOtherRegionConnectorCount() {
    tester().addTerraformFile("live.tf").withLiveSnapshot("live-subnet.live.json").expectMarkers();
  }
}
