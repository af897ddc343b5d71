package io.vpcgate.rules.functions;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FunctionEgressSettingWithoutItsPathTest {
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
    return RuleTester.of(new FunctionEgressSettingWithoutItsPath(), getClass());
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
    tester().addTerraformLines("main.tf", PROVIDER + """
        resource "google_cloudfunctions_function" "f" {
          name                          = "f"
          runtime                       = "nodejs20"
          vpc_connector                 = var.connector
          vpc_connector_egress_settings = "ALL_TRAFFIC"
        }
        """).expectNotEvaluated("vpc_connector is not known before apply");
  }

  @Test
  void aPlanWithoutItsConfiguration_judgesOnlyAllTraffic() {
    String change = """
        {"address": "google_cloudfunctions_function.%s", "mode": "managed", "type": "google_cloudfunctions_function",
         "name": "%s", "change": {"actions": ["create"], "before": null,
          "after": {"name": "%s", "region": "us-central1", "project": "acme", "vpc_connector": "",
            "vpc_connector_egress_settings": "%s"}, "after_unknown": {}}}""";
    tester().withPlanText("{\"format_version\": \"1.2\", \"resource_changes\": ["
        + change.formatted("computed", "computed", "computed", "PRIVATE_RANGES_ONLY") + "]}").expectNoFindings();
    tester().withPlanText("{\"format_version\": \"1.2\", \"resource_changes\": ["
        + change.formatted("all", "all", "all", "ALL_TRAFFIC") + "]}")
        .addTerraformLines("other.tf", """
            # WARN: Finding on google_cloudfunctions_function.all contains: sets vpc_connector_egress_settings = "ALL_TRAFFIC" but has no vpc_connector
            """).expectMarkers();
  }
}
