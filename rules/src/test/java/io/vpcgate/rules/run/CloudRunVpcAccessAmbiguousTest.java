package io.vpcgate.rules.run;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CloudRunVpcAccessAmbiguousTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunVpcAccessAmbiguous(), getClass());
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
  void planAlone_aDynamicVpcAccessBlock_isReadFromThePlannedValues() {
    // terraform-google-cloud-run's v2 module writes vpc_access as a dynamic block; Terraform leaves dynamic blocks
    // out of the plan's configuration section, while the planned values hold the connector.
    RuleTester.of(new CloudRunVpcAccessAmbiguous(), getClass()).withPlanText("""
        {"format_version": "1.2",
         "resource_changes": [{"address": "module.run.google_cloud_run_v2_service.main", "mode": "managed",
           "type": "google_cloud_run_v2_service", "name": "main",
           "change": {"actions": ["create"], "before": null,
             "after": {"name": "api", "project": "acme", "location": "us-central1",
               "template": [{"containers": [{"image": "gcr.io/cloudrun/hello", "env": []}],
                 "vpc_access": [{"connector": "projects/acme/locations/us-central1/connectors/conn",
                   "egress": "PRIVATE_RANGES_ONLY", "network_interfaces": []}]}]},
             "after_unknown": {"id": true}}}],
         "configuration": {"root_module": {"module_calls": {"run": {"module": {"resources": [
           {"address": "google_cloud_run_v2_service.main", "mode": "managed", "type": "google_cloud_run_v2_service",
            "name": "main", "expressions": {
              "name": {"references": ["var.service_name"]},
              "location": {"references": ["var.location"]},
              "template": [{"containers": [{"image": {"references": ["var.image"]}}]}]}}]}}}}}}
        """).expectNoFindings();
  }
}
