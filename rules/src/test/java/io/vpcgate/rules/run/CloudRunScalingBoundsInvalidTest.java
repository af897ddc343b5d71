package io.vpcgate.rules.run;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CloudRunScalingBoundsInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunScalingBoundsInvalid(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  /** A v2 service with a scaling block of {@code scaling} (markers included). */
  private static String service(String scaling) {
    StringBuilder b = new StringBuilder("""
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            scaling {
        """);
    scaling.lines().forEach(l -> b.append("      ").append(l).append("\n"));
    return b.append("""
            }
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
            }
          }
        }
        """).toString();
  }

  @Test
  void minEqualToMax_isAllowed() {
    tester().addTerraformLines("main.tf", service("min_instance_count = 2\nmax_instance_count = 2\n")).expectNoFindings();
  }

  @Test
  void minOneAboveMax_isBlocking_withBothWaysOut() {
    tester().addTerraformLines("main.tf", service("""
        # BUG: Finding contains: Service google_cloud_run_v2_service.api: min_instance_count = 3 is more than max_instance_count = 2; the API rejects the revision
        # FIX: Lower min_instance_count to at most 2, or raise max_instance_count to at least 3
        min_instance_count = 3
        max_instance_count = 2
        """)).expectMarkers();
  }

  @Test
  void zeroBounds_areNotNegative_andAZeroMaximumIsNotComparedWith() {
    tester().addTerraformLines("main.tf", service("min_instance_count = 0\n")).expectNoFindings();
    tester().addTerraformLines("main.tf", service("min_instance_count = 1\nmax_instance_count = 0\n")).expectNoFindings();
  }

  @Test
  void negativeMinimum_isBlocking() {
    tester().addTerraformLines("main.tf", service("""
        # BUG: Finding contains: Service google_cloud_run_v2_service.api: min_instance_count = -1 is negative
        # FIX: Set min_instance_count to 0 or more
        min_instance_count = -1
        """)).expectMarkers();
  }

  @Test
  void negativeMaximum_isBlocking_andNotAlsoComparedWithTheMinimum() {
    tester().addTerraformLines("main.tf", service("""
        min_instance_count = 1
        # BUG: Finding contains: Service google_cloud_run_v2_service.api: max_instance_count = -1 is negative
        # FIX: Set max_instance_count to 1 or more, or leave it unset (the server default is 100)
        max_instance_count = -1
        """)).expectMarkers();
  }

  @Test
  void v1_namesTheKnativeAnnotations() {
    java.util.List<io.vpcgate.engine.Finding> findings = tester().addTerraformLines("main.tf", """
        resource "google_cloud_run_service" "legacy" {
          name     = "legacy"
          location = "us-central1"
          template {
            metadata {
              annotations = {
                "autoscaling.knative.dev/minScale" = "-2"
              }
            }
            spec {
              containers {
                image = "us-docker.pkg.dev/cloudrun/container/hello"
              }
            }
          }
        }
        """).findings();
    org.junit.jupiter.api.Assertions.assertEquals(1, findings.size(), findings::toString);
    org.junit.jupiter.api.Assertions.assertTrue(findings.get(0).message().contains("autoscaling.knative.dev/minScale = -2 is negative"),
        findings.get(0).message());
    org.junit.jupiter.api.Assertions.assertTrue(findings.get(0).remediation().contains("Set autoscaling.knative.dev/minScale to 0 or more"),
        findings.get(0).remediation());
  }
}
