package io.vpcgate.rules.functions;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FunctionConnectorAndDirectVpcTest {
  private static final String PROVIDER = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      variable "connector" {
        type = string
      }
      """;

  private RuleTester tester() {
    return RuleTester.of(new FunctionConnectorAndDirectVpc(), getClass());
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
  void connectorNotKnownBeforeApply_withDirectVpc_isNotEvaluated() {
    tester().addTerraformLines("main.tf", PROVIDER + """
        resource "google_cloudfunctions2_function" "f" {
          name     = "f"
          location = "us-central1"
          service_config {
            vpc_connector = var.connector
            direct_vpc_network_interface {
              network = "vpc"
            }
          }
        }
        """).expectNotEvaluated("vpc_connector is not known before apply");
  }

  @Test
  void connectorNotKnownBeforeApply_withoutDirectVpc_cannotConflict() {
    tester().addTerraformLines("main.tf", PROVIDER + """
        resource "google_cloudfunctions2_function" "f" {
          name     = "f"
          location = "us-central1"
          service_config {
            vpc_connector = var.connector
          }
        }
        """).expectNoFindings();
  }

  @Test
  void theStateOfAFunctionOnDirectVpc_recordsAnEmptyConnector_whichIsNone() {
    tester().withStateText("""
        {"format_version": "1.0", "values": {"root_module": {"resources": [
          {"address": "google_cloudfunctions2_function.f", "mode": "managed", "type": "google_cloudfunctions2_function",
           "name": "f", "values": {"name": "f", "location": "us-central1", "project": "acme",
             "service_config": [{"vpc_connector": "", "direct_vpc_network_interface": [{"network": "vpc"}]}]}}]}}}""")
        .addTerraformLines("main.tf", PROVIDER + """
        resource "google_cloudfunctions2_function" "f" {
          name     = "f"
          location = "us-central1"
          service_config {
            direct_vpc_network_interface {
              network = "vpc"
            }
          }
        }
        """).expectNoFindings();
  }
}
