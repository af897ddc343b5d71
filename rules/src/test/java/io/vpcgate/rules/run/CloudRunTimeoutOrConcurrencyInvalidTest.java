package io.vpcgate.rules.run;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CloudRunTimeoutOrConcurrencyInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunTimeoutOrConcurrencyInvalid(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  /** A v2 service whose template holds {@code settings} (markers included). */
  private static String service(String settings) {
    StringBuilder b = new StringBuilder("""
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
        """);
    settings.lines().forEach(l -> b.append("    ").append(l).append("\n"));
    return b.append("""
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
            }
          }
        }
        """).toString();
  }

  @Test
  void concurrency_zeroIsTheDefault_andAllowed() {
    tester().addTerraformLines("main.tf", service("max_instance_request_concurrency = 0\n")).expectNoFindings();
  }

  @Test
  void concurrency_negativeOrAbove1000_isBlocking() {
    tester().addTerraformLines("main.tf", service("""
        # BUG: Finding contains: Service google_cloud_run_v2_service.api: max_instance_request_concurrency = -1 is outside 0..1000 concurrent requests per instance
        # FIX: Set it between 1 and 1000, or leave it unset (80 per instance by default)
        max_instance_request_concurrency = -1
        """)).expectMarkers();
    tester().addTerraformLines("main.tf", service("""
        # BUG: Finding contains: max_instance_request_concurrency = 1001 is outside 0..1000
        max_instance_request_concurrency = 1001
        """)).expectMarkers();
  }

  @Test
  void timeout_fractionsJustAbove3600_areTooLong() {
    tester().addTerraformLines("main.tf", service("timeout = \"3600.000000000s\"\n")).expectNoFindings();
    tester().addTerraformLines("main.tf", service("""
        # BUG: Finding contains: Service google_cloud_run_v2_service.api: request timeout 3600.5s exceeds Cloud Run's maximum of 3600 s
        # FIX: Set the timeout to at most 3600s; move longer work to a Cloud Run job or a queue
        timeout = "3600.5s"
        """)).expectMarkers();
  }

  @Test
  void v1_namesContainerConcurrency() {
    String message = tester().addTerraformLines("main.tf", """
        resource "google_cloud_run_service" "legacy" {
          name     = "legacy"
          location = "us-central1"
          template {
            spec {
              container_concurrency = 1001
              containers {
                image = "us-docker.pkg.dev/cloudrun/container/hello"
              }
            }
          }
        }
        """).findings().get(0).message();
    org.junit.jupiter.api.Assertions.assertTrue(message.contains("container_concurrency = 1001 is outside 0..1000"), message);
  }
}
