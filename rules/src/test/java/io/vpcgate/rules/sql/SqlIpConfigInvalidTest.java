package io.vpcgate.rules.sql;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SqlIpConfigInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new SqlIpConfigInvalid(), getClass()).withLiveSnapshot("live.json");
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
