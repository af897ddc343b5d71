package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorReplacedWhileInUseTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorReplacedWhileInUse(), getClass());
  }

  @Test
  void markedFixture_terraformAgainstLive_reportsReplacementsWithUsers() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void plan_replaceActionAndReplacePaths_withLiveUsers() {
    tester().addTerraformFile("plan.tf").withPlan("plan.plan.json").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void withoutLiveOrPlan_nothingIsKnownToBeReplaced() {
    tester().addTerraformFile("bad.tf").expectNoFindings();
  }
}
