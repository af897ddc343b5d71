package io.vpcgate.rules.redis;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RedisNameInvalidOrReplacedTest {
  private RuleTester tester() {
    return RuleTester.of(new RedisNameInvalidOrReplaced(), getClass()).withLiveSnapshot("live.json");
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
