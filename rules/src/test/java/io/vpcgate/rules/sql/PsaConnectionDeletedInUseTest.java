package io.vpcgate.rules.sql;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PsaConnectionDeletedInUseTest {
  private RuleTester tester() {
    return RuleTester.of(new PsaConnectionDeletedInUse(), getClass());
  }

  @Test
  void markedFixture_destroyWhileALiveDatabaseUsesTheConnection_blocks() {
    tester().addFixture("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_abandonedConnection_isOnlyForgotten() {
    tester().addFixture("clean.tf").expectNoFindings();
  }

  @Test
  void destroyedTogetherWithItsProducers_warns() {
    tester().addFixture("together.tf").expectMarkers();
  }

  @Test
  void noProducerKnownAndNothingReadLive_isNotEvaluated() {
    tester().addTerraformFile("bad.tf").withPlan("plan.json")
        .expectNotEvaluated("whether data stores outside this Terraform still use the connection it deletes: no live "
            + "state was read");
  }

  @Test
  void withoutAPlan_nothingIsDeleted() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }
}
