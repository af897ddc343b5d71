package io.vpcgate.rules.jobs;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class JobTaskBoundsInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new JobTaskBoundsInvalid(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  /** The clean twin holds each limit exactly: parallelism equal to task_count, 10,000 tasks, and the defaults. */
  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  private static String job(String parallelism, String tasks) {
    return """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        variable "n" {
          type = number
        }
        resource "google_cloud_run_v2_job" "etl" {
          name     = "etl"
          location = "us-central1"
          template {
            parallelism = %s
            task_count  = %s
            template {
              containers {
                image = "gcr.io/acme/etl"
              }
            }
          }
        }
        """.formatted(parallelism, tasks);
  }

  @Test
  void taskCountKnownOnlyAfterApply_isNotEvaluated() {
    tester().addTerraformLines("main.tf", job("50", "var.n"))
        .expectNotEvaluated("task_count is not known before apply");
  }

  @Test
  void parallelismKnownOnlyAfterApply_isNotEvaluated() {
    tester().addTerraformLines("main.tf", job("var.n", "10"))
        .expectNotEvaluated("parallelism is not known before apply");
  }
}
