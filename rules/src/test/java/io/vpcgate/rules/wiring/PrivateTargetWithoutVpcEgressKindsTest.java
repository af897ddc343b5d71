package io.vpcgate.rules.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Finding;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WIRE-01 tells each kind of workload where its own connector setting goes. */
class PrivateTargetWithoutVpcEgressKindsTest {
  @Test
  void aFunctionAndAnAppEngineVersion_areToldTheirOwnAttribute() {
    List<Finding> findings = RuleTester.of(new PrivateTargetWithoutVpcEgress(), getClass())
        .addTerraformLines("main.tf", """
            provider "google" {
              project = "acme"
              region  = "us-central1"
            }
            resource "google_redis_instance" "cache" {
              name           = "cache"
              memory_size_gb = 1
            }
            resource "google_cloudfunctions2_function" "ingest" {
              name     = "ingest"
              location = "us-central1"
              service_config {
                environment_variables = {
                  REDIS_HOST = google_redis_instance.cache.host
                }
              }
            }
            resource "google_cloudfunctions_function" "notify" {
              name    = "notify"
              region  = "us-central1"
              runtime = "nodejs20"
              environment_variables = {
                REDIS_HOST = google_redis_instance.cache.host
              }
            }
            """).findings();
    assertEquals(2, findings.size(), findings.toString());
    assertTrue(findings.get(0).remediation().startsWith("Set service_config.vpc_connector = "),
        findings.get(0).remediation());
    assertTrue(findings.get(1).remediation().startsWith("Set vpc_connector = "), findings.get(1).remediation());
  }
}
