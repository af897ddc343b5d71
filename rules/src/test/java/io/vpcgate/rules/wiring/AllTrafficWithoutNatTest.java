package io.vpcgate.rules.wiring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AllTrafficWithoutNatTest {
  private RuleTester tester() {
    return RuleTester.of(new AllTrafficWithoutNat(), getClass());
  }

  @Test
  void markedFixture_aNatInAnotherRegionDoesNotCount() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  @Test
  void publicEndpoints() {
    assertTrue(AllTrafficWithoutNat.isPublic("https://oauth2.googleapis.com/token"));
    assertTrue(AllTrafficWithoutNat.isPublic("8.8.8.8"));
    assertFalse(AllTrafficWithoutNat.isPublic("http://metadata.google.internal/computeMetadata/v1"));
    assertFalse(AllTrafficWithoutNat.isPublic("10.0.0.3:6379"));
    assertFalse(AllTrafficWithoutNat.isPublic("info"));
  }
}
