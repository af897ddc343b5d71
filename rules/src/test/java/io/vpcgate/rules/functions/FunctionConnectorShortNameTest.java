package io.vpcgate.rules.functions;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FunctionConnectorShortNameTest {
  private RuleTester tester() {
    return RuleTester.of(new FunctionConnectorShortName(), getClass());
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
  void connectorNotKnownBeforeApply_isNotEvaluated() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        variable "connector" {
          type = string
        }
        resource "google_cloudfunctions_function" "f" {
          name          = "f"
          runtime       = "nodejs20"
          vpc_connector = var.connector
        }
        """).expectNotEvaluated("whether vpc_connector is a full path: it is not known before apply");
  }

  @Test
  void aPathWithAMissingPart_isNotAFullPath() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_cloudfunctions_function" "f" {
          name          = "f"
          runtime       = "nodejs20"
          # WARN: Finding contains: vpc_connector = "locations/us-central1/connectors/conn" is not a full path
          # FIX: Set vpc_connector = "projects/acme/locations/us-central1/connectors/conn"
          vpc_connector = "locations/us-central1/connectors/conn"
        }
        """).expectMarkers();
  }
}
