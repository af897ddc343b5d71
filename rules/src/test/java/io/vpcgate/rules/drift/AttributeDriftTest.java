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
}
