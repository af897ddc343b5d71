package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RedisAuthOrTlsNotConfiguredTest {
  private RuleTester tester() {
    return RuleTester.of(new RedisAuthOrTlsNotConfigured(), getClass()).withLiveSnapshot("live.json");
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
