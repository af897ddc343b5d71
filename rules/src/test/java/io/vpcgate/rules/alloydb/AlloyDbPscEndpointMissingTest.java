package io.vpcgate.rules.alloydb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Severity;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlloyDbPscEndpointMissingTest {
  private RuleTester tester() {
    return RuleTester.of(new AlloyDbPscEndpointMissing(), getClass());
  }

  /** The export holds a compute asset of project acme, so it covers acme's forwarding rules: none exist. */
  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void forwardingRulesNotRead_onlyWarns() {
    List<Finding> findings = tester().addTerraformFile("bad.tf").findings();
    assertEquals(2, findings.size(), findings.toString());
    assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.WARNING), findings.toString());
    assertTrue(findings.get(0).message().contains("needs live state"), findings.get(0).message());
  }

  @Test
  void anEndpointLiveTargetingTheServiceAttachment_counts() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        """).withLiveSnapshotText("""
        [{"name": "//alloydb.googleapis.com/projects/acme/locations/us-central1/clusters/billing/instances/billing-primary",
          "assetType": "alloydb.googleapis.com/Instance", "resource": {"version": "v1", "location": "us-central1",
          "data": {"instanceType": "PRIMARY", "pscInstanceConfig": {
            "serviceAttachmentLink": "projects/987/regions/us-central1/serviceAttachments/sa-1"}}}},
         {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/forwardingRules/alloydb",
          "assetType": "compute.googleapis.com/ForwardingRule", "resource": {"version": "v1", "location": "us-central1",
          "data": {"name": "alloydb", "IPAddress": "10.0.0.9",
            "target": "https://www.googleapis.com/compute/v1/projects/987/regions/us-central1/serviceAttachments/sa-1"}}}]""")
        .expectNoFindings();
  }

  @Test
  void autoConnectionsKnownOnlyAfterApply_areNotEvaluated() {
    tester().withPlanText("""
        {"format_version": "1.2", "resource_changes": [{"address": "google_alloydb_instance.billing", "mode": "managed",
          "type": "google_alloydb_instance", "name": "billing", "change": {"actions": ["create"], "before": null,
          "after": {"cluster": "projects/acme/locations/us-central1/clusters/billing", "instance_id": "billing-primary",
            "instance_type": "PRIMARY", "psc_instance_config": [{"allowed_consumer_projects": ["1"], "psc_auto_connections": null}]},
          "after_unknown": {"psc_instance_config": [{"psc_auto_connections": true, "service_attachment_link": true}]},
          "after_sensitive": {}}}]}""")
        .withLiveSnapshot("live.json").expectNotEvaluated("psc_auto_connections");
  }

  @Test
  void aForwardingRuleWhoseTargetIsNotKnownBeforeApply_mayBeTheEndpoint() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        variable "attachment" {}
        resource "google_alloydb_cluster" "billing" {
          cluster_id = "billing"
          location   = "us-central1"
          psc_config {
            psc_enabled = true
          }
        }
        resource "google_alloydb_instance" "billing" {
          cluster       = google_alloydb_cluster.billing.name
          instance_id   = "billing-primary"
          instance_type = "PRIMARY"
          psc_instance_config {
            allowed_consumer_projects = []
          }
        }
        resource "google_compute_forwarding_rule" "billing" {
          name                  = "alloydb-billing"
          region                = "us-central1"
          network               = "vpc"
          load_balancing_scheme = ""
          target                = var.attachment
        }
        """).withLiveSnapshot("live.json").expectNotEvaluated("so it may be this instance's endpoint");
  }
}
