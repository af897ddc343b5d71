package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PrivateTargetWithoutVpcEgressTest {
  private RuleTester tester() {
    return RuleTester.of(new PrivateTargetWithoutVpcEgress(), getClass());
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
  void connectorAddedWithGcloud_doesNotCountAndIsNamed() {
    tester().addFixture("gcloud.tf").expectMarkers();
  }
}
