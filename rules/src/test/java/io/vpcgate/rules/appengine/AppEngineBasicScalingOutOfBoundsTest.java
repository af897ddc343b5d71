package io.vpcgate.rules.appengine;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AppEngineBasicScalingOutOfBoundsTest {
  private RuleTester tester() {
    return RuleTester.of(new AppEngineBasicScalingOutOfBounds(), getClass());
  }

  /** 0 and 201: just outside each end of the range. */
  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  /** 1 and 200: each end of the range; automatic scaling's max_instances is not basic scaling's. */
  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  @Test
  void maxInstancesKnownOnlyAfterApply_isNotEvaluated() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
        }
        variable "max" {
          type = number
        }
        resource "google_app_engine_standard_app_version" "batch" {
          service    = "batch"
          version_id = "v1"
          runtime    = "python312"
          entrypoint {
            shell = "python main.py"
          }
          deployment {
            zip {
              source_url = "https://storage.googleapis.com/acme/batch.zip"
            }
          }
          basic_scaling {
            max_instances = var.max
          }
        }
        """).expectNotEvaluated("max_instances is within 1 to 200");
  }
}
