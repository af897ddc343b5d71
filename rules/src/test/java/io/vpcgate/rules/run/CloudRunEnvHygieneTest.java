package io.vpcgate.rules.run;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CloudRunEnvHygieneTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunEnvHygiene(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void literalSecretValues_areNeverPrinted() {
    tester().addTerraformFile("bad.tf").findings().forEach(f -> org.junit.jupiter.api.Assertions.assertFalse(
        (f.message() + f.remediation()).contains("sk_live_do_not_print_me"), f.message()));
    org.junit.jupiter.api.Assertions.assertTrue(tester().addTerraformFile("bad.tf").findings().stream()
        .anyMatch(f -> f.message().contains("STRIPE_API_KEY")), "the literal secret is reported, by name");
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }
}
