package io.vpcgate.rules.psc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Severity;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceConnectionPolicyDuplicatedTest {
  private RuleTester tester() {
    return RuleTester.of(new ServiceConnectionPolicyDuplicated(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addFixture("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addFixture("clean.tf").expectNoFindings();
  }

  @Test
  void withoutLiveState_onlyTheTwoDeclaredPoliciesCollide() {
    List<Finding> findings = tester().addTerraformFile("bad.tf").findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.BLOCKING, findings.get(0).severity());
    assertEquals("google_network_connectivity_service_connection_policy.sessions", findings.get(0).subject());
  }

  private static final String TWO = """
      variable "net" {}
      resource "google_network_connectivity_service_connection_policy" "a" {
        project       = "acme"
        name          = "a"
        location      = "us-central1"
        service_class = "gcp-memorystore-redis"
        network       = "projects/acme/global/networks/vpc"
      }
      resource "google_network_connectivity_service_connection_policy" "b" {
        project       = "acme"
        name          = "b"
        location      = "%s"
        service_class = "%s"
        network       = %s
      }
      """;

  @Test
  void eachOfNetworkRegionAndClass_tellsThemApart() {
    tester().addTerraformLines("main.tf", TWO.formatted("us-east1", "gcp-memorystore-redis",
        "\"projects/acme/global/networks/vpc\"")).expectNoFindings();
    tester().addTerraformLines("main.tf", TWO.formatted("us-central1", "google-cloud-sql",
        "\"projects/acme/global/networks/vpc\"")).expectNoFindings();
    tester().addTerraformLines("main.tf", TWO.formatted("us-central1", "gcp-memorystore-redis",
        "\"projects/acme/global/networks/other\"")).expectNoFindings();
    assertEquals(1, tester().addTerraformLines("main.tf", TWO.formatted("us-central1", "gcp-memorystore-redis",
        "\"vpc\"")).findings().size(), "a network by name in the same project is the same network");
  }

  @Test
  void networkUnknownBeforeApply_isNotCompared() {
    tester().addTerraformLines("main.tf", TWO.formatted("us-central1", "gcp-memorystore-redis", "var.net"))
        .expectNoFindings();
  }

  @Test
  void nameUnknownBeforeApply_besideALivePolicy_isNotJudged() {
    tester().addTerraformLines("main.tf", """
        variable "name" {}
        resource "google_network_connectivity_service_connection_policy" "valkey" {
          project       = "acme"
          name          = var.name
          location      = "us-central1"
          service_class = "gcp-memorystore"
          network       = "projects/acme/global/networks/vpc"
        }
        """).withLiveSnapshot("live.json").expectNotEvaluated("its name or project is not known before apply");
  }
}
