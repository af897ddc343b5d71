package io.vpcgate.rules.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RedisNetworkNotInProjectTest {
  private RuleTester tester() {
    return RuleTester.of(new RedisNetworkNotInProject(), getClass());
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
  void withoutLiveState_aMissingConnectionCannotBeTold() {
    assertEquals(1, tester().addTerraformFile("bad.tf").findings().size(), "only the DIRECT_PEERING project mismatch");
  }
}
