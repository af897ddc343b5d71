package io.vpcgate.rules.drift;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AttributeDriftTest {
  private RuleTester tester() {
    return RuleTester.of(new AttributeDrift(), getClass()).withLiveSnapshot("live.json");
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
  void withState_onlyTrueDriftIsReported_andItBlocks() {
    tester().addTerraformFile("with-state.tf").withState("with-state.state.json").expectMarkers();
  }

  private static String v1Worker(String lifecycle) {
    return """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_cloud_run_service" "worker" {
          name     = "worker"
          location = "us-central1"
          template {
            metadata {
              annotations = {
                "run.googleapis.com/vpc-access-connector" = "same"
              }
            }
            spec {
              containers {
                image = "gcr.io/acme/worker"
                env {
                  name  = "MODE"
                  value = "live-value"
                }
                env {
                  name  = "JWT_SECRET"
                  value = "x"
                }
              }
            }
          }
          %s
        }
        """.formatted(lifecycle);
  }

  @Test
  void v1Service_connectorDriftIsReportedOnItsAnnotations() {
    java.util.List<String> labels = tester().addTerraformLines("main.tf", v1Worker(""))
        .findings().stream().map(f -> f.drift().orElseThrow().attribute()).toList();
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("vpc_access.connector"), labels);
  }

  @Test
  void v1Service_ignoreChangesOnTemplateAnnotations_silencesTheConnectorDrift() {
    tester().addTerraformLines("main.tf",
        v1Worker("lifecycle {\n    ignore_changes = [template[0].metadata[0].annotations]\n  }")).expectNoFindings();
  }

  @Test
  void sharedVpcHostChangedByHand_isDriftOnHostProject() {
    // A kind added through the registry alone is compared like every other.
    String tf = """
        resource "google_compute_shared_vpc_service_project" "svc" {
          service_project = "acme-app"
          # WARN: Finding contains: host_project differs from the live resource: Terraform sets acme-host, live has other-host
          host_project    = "acme-host"
        }
        """;
    String live = """
        [{"name": "//compute.googleapis.com/projects/acme-app", "assetType": "vpcgate/SharedVpcServiceProject",
          "resource": {"version": "v1", "location": "global", "data": {"hostProject": "other-host"}}}]""";
    RuleTester.of(new AttributeDrift(), getClass()).withLiveSnapshotText(live).addTerraformLines("main.tf", tf)
        .expectMarkers();
    RuleTester.of(new AttributeDrift(), getClass()).withLiveSnapshotText(live.replace("other-host", "acme-host"))
        .addTerraformLines("main.tf", tf.replaceAll("(?m)^.*# WARN.*\n", "")).expectNoFindings();
  }

  @Test
  void kindNotReadWhereTheResourceIs_isNotEvaluated_notPassed() {
    // A plain export holding only a network of acme says nothing about acme's connectors.
    String live = """
        [{"name": "//compute.googleapis.com/projects/acme/global/networks/vpc", "assetType": "compute.googleapis.com/Network",
          "resource": {"version": "v1", "data": {"name": "vpc"}}}]""";
    RuleTester.of(new AttributeDrift(), getClass()).withLiveSnapshotText(live).addTerraformLines("main.tf", """
        resource "google_vpc_access_connector" "c" {
          project       = "acme"
          region        = "us-central1"
          name          = "c"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        """).expectNotEvaluated("drift: no live Serverless VPC Access connector data was read for project acme in us-central1");
  }
}
