package io.vpcgate.rules.functions;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FunctionEgressSettingInvalidTest {
  private static final String PROVIDER = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      variable "egress" {
        type = string
      }
      """;

  private RuleTester tester() {
    return RuleTester.of(new FunctionEgressSettingInvalid(), getClass());
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
  void settingNotKnownBeforeApply_isNotEvaluated() {
    tester().addTerraformLines("main.tf", PROVIDER + """
        resource "google_cloudfunctions2_function" "f" {
          name     = "f"
          location = "us-central1"
          service_config {
            direct_vpc_network_interface {
              network = "vpc"
            }
            direct_vpc_egress = var.egress
          }
        }
        """).expectNotEvaluated("direct_vpc_egress is not known before apply");
  }

  @Test
  void unspecified_isTheConnectorEnumsDefault_on2ndGenOnly() {
    tester().addTerraformLines("main.tf", PROVIDER + """
        resource "google_cloudfunctions2_function" "f" {
          name     = "f"
          location = "us-central1"
          service_config {
            vpc_connector                 = "projects/acme/locations/us-central1/connectors/c"
            vpc_connector_egress_settings = "VPC_CONNECTOR_EGRESS_SETTINGS_UNSPECIFIED"
          }
        }
        """).expectNoFindings();
    tester().addTerraformLines("main.tf", PROVIDER + """
        resource "google_cloudfunctions_function" "f" {
          name                          = "f"
          runtime                       = "nodejs20"
          vpc_connector                 = "projects/acme/locations/us-central1/connectors/c"
          # BUG: Finding contains: is not PRIVATE_RANGES_ONLY or ALL_TRAFFIC
          vpc_connector_egress_settings = "VPC_CONNECTOR_EGRESS_SETTINGS_UNSPECIFIED"
        }
        """).expectMarkers();
  }

  @Test
  void caseIsIgnoredBy1stGensProviderOnly() {
    tester().addTerraformLines("main.tf", PROVIDER + """
        resource "google_cloudfunctions2_function" "f" {
          name     = "f"
          location = "us-central1"
          service_config {
            vpc_connector                 = "projects/acme/locations/us-central1/connectors/c"
            # BUG: Finding contains: vpc_connector_egress_settings = "all_traffic" is not PRIVATE_RANGES_ONLY or ALL_TRAFFIC
            vpc_connector_egress_settings = "all_traffic"
          }
        }
        """).expectMarkers();
  }

  @Test
  void computedDirectVpcEgressInAPlan_isNotJudgedWhenTheConfigurationLeavesItOut() {
    String hcl = PROVIDER + """
        resource "google_cloudfunctions2_function" "f" {
          name     = "f"
          location = "us-central1"
          service_config {
            vpc_connector = "projects/acme/locations/us-central1/connectors/c"
          }
        }
        """;
    String plan = """
        {"format_version": "1.2", "resource_changes": [
          {"address": "google_cloudfunctions2_function.f", "mode": "managed", "type": "google_cloudfunctions2_function",
           "name": "f", "change": {"actions": ["create"], "before": null,
            "after": {"name": "f", "location": "us-central1", "project": "acme",
              "service_config": [{"vpc_connector": "projects/acme/locations/us-central1/connectors/c"}]},
            "after_unknown": {"service_config": [{"direct_vpc_egress": true, "service": true}]}}}]}""";
    tester().addTerraformLines("main.tf", hcl).withPlanText(plan).expectNoFindings();
    tester().withPlanText(plan).expectNotEvaluated("direct_vpc_egress is not known before apply");
  }
}
