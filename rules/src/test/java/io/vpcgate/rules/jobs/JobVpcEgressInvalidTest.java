package io.vpcgate.rules.jobs;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class JobVpcEgressInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new JobVpcEgressInvalid(), getClass());
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
  void connectorKnownOnlyAfterApply_isNotEvaluated_neverJudged() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        variable "connector" {
          type = string
        }
        resource "google_cloud_run_v2_job" "etl" {
          name     = "etl"
          location = "us-central1"
          template {
            template {
              vpc_access {
                connector = var.connector
                network_interfaces {
                  subnetwork = "jobs"
                }
              }
              containers {
                image = "gcr.io/acme/etl"
              }
            }
          }
        }
        """).expectNotEvaluated("connector is not known before apply");
  }

  @Test
  void plan_workerPoolWithBothFromPlannedValues_isReported() {
    tester().withPlanText("""
        {"format_version": "1.2", "resource_changes": [{"address": "google_cloud_run_v2_worker_pool.p", "mode": "managed",
         "type": "google_cloud_run_v2_worker_pool", "name": "p", "change": {"actions": ["create"], "before": null,
         "after": {"name": "p", "project": "acme", "location": "us-central1", "template": [{"containers": [
           {"image": "gcr.io/acme/consumer", "env": []}], "vpc_access": [{"connector": "projects/acme/locations/us-central1/connectors/c",
           "egress": "ALL_TRAFFIC", "network_interfaces": [{"network": "vpc", "subnetwork": "pool", "tags": []}]}]}]},
         "after_unknown": {}}}]}
        """).run().findings().stream().filter(f -> f.message().contains("sets both connector and network_interfaces"))
        .findFirst().orElseThrow();
  }
}
