package io.vpcgate.rules.appengine;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AppEngineConnectorInvalidTest {
  private RuleTester tester() {
    return RuleTester.of(new AppEngineConnectorInvalid(), getClass());
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
  void valuesKnownOnlyAfterApply_areNotEvaluated() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
        }
        variable "connector" {
          type = string
        }
        variable "egress" {
          type = string
        }
        resource "google_app_engine_standard_app_version" "api" {
          service    = "api"
          version_id = "v1"
          runtime    = "python312"
          entrypoint {
            shell = "gunicorn main:app"
          }
          deployment {
            zip {
              source_url = "https://storage.googleapis.com/acme/app.zip"
            }
          }
          vpc_access_connector {
            name           = var.connector
            egress_setting = var.egress
          }
        }
        """).expectNotEvaluated("egress_setting is PRIVATE_IP_RANGES or ALL_TRAFFIC", "the name is not known before apply");
  }

  /** State and plans write an unset egress_setting as "": that is the default, not an invalid value. */
  @Test
  void anEmptyEgressSetting_isUnset() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
        }
        resource "google_app_engine_standard_app_version" "api" {
          service    = "api"
          version_id = "v1"
          runtime    = "python312"
          entrypoint {
            shell = "gunicorn main:app"
          }
          deployment {
            zip {
              source_url = "https://storage.googleapis.com/acme/app.zip"
            }
          }
          vpc_access_connector {
            name           = "projects/acme/locations/us-central1/connectors/conn"
            egress_setting = ""
          }
        }
        """).expectNoFindings();
  }
}
