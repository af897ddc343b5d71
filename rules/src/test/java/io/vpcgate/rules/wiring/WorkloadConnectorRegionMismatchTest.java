package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class WorkloadConnectorRegionMismatchTest {
  private RuleTester tester() {
    return RuleTester.of(new WorkloadConnectorRegionMismatch(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  /** An App Engine version's region is its application's, which Terraform does not say: not judged, and said so. */
  @Test
  void aWorkloadWhoseRegionIsNotKnown_isNotEvaluated() {
    RuleTester.of(new WorkloadConnectorRegionMismatch(), getClass()).addTerraformLines("main.tf", """
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
            name = "projects/acme/locations/us-central1/connectors/conn"
          }
        }
        """).expectNotEvaluated("whether connector conn (us-central1) is in the workload's region: its region is not known");
  }

  /** With the project's application in the configuration, the version runs in its location's region. */
  @Test
  void aVersionRunsWhereItsApplicationIs() {
    var findings = RuleTester.of(new WorkloadConnectorRegionMismatch(), getClass()).addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
        }
        resource "google_app_engine_application" "app" {
          location_id = "europe-west"
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
            name = "projects/acme/locations/us-central1/connectors/conn"
          }
        }
        """).findings();
    org.junit.jupiter.api.Assertions.assertEquals(1, findings.size(), findings.toString());
    org.junit.jupiter.api.Assertions.assertTrue(findings.get(0).message().contains(
        "(europe-west1) uses connector conn in us-central1"), findings.get(0).message());
  }
}
