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

  /** A connector whose only user is a Cloud Function is in use all the same. */
  @Test
  void aFunctionAloneIsAUser() {
    var findings = tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "moved" {
          name          = "moved"
          network       = "prod-vpc"
          ip_cidr_range = "10.166.0.0/28"
          min_instances = 2
          max_instances = 3
        }
        resource "google_cloudfunctions_function" "notify" {
          name          = "notify"
          region        = "us-central1"
          runtime       = "nodejs20"
          vpc_connector = google_vpc_access_connector.moved.id
        }
        """).withLiveSnapshot("live.json").findings();
    org.junit.jupiter.api.Assertions.assertEquals(1, findings.size(), findings.toString());
    org.junit.jupiter.api.Assertions.assertTrue(findings.get(0).message().contains(
        "while 1 workload uses it: google_cloudfunctions_function.notify"), findings.get(0).message());
  }
}
