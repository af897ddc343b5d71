package io.vpcgate.rules.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Severity;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudRunSecretUnavailableTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunSecretUnavailable(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutTheOrganisationsPolicy_accessIsOnlyAWarning() {
    String live = resourceText("live.json").replace("organizations/42\",\n  \"assetType\": "
        + "\"cloudresourcemanager.googleapis.com/Organization\"", "organizations/42-not-this\",\n  \"assetType\": "
        + "\"cloudresourcemanager.googleapis.com/Organization\"");
    List<Finding> access = tester().addTerraformFile("bad.tf").withLiveSnapshotText(live).findings().stream()
        .filter(f -> f.message().contains("secretmanager.versions.access")).toList();
    assertEquals(1, access.size());
    assertEquals(Severity.WARNING, access.get(0).severity());
  }

  @Test
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  private String resourceText(String name) {
    try (var in = getClass().getResourceAsStream("CloudRunSecretUnavailable/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aSecretTheSnapshotNeverRead_isNotEvaluated_evenWhenTerraformDeclaresAnotherSecret() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_secret_manager_secret" "declared" {
          secret_id = "api-key"
          replication {
            auto {}
          }
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "gcr.io/acme/api"
              env {
                name = "DB_PASSWORD"
                value_source {
                  secret_key_ref {
                    secret  = "db-password"
                    version = "1"
                  }
                }
              }
            }
          }
        }
        """).withLiveSnapshotText("""
        [{"name": "//compute.googleapis.com/projects/acme/global/networks/default",
          "assetType": "compute.googleapis.com/Network", "resource": {"data": {"name": "default"}}}]""")
        .expectNotEvaluated("google_cloud_run_v2_service.api: whether the secret env DB_PASSWORD reads exists: no "
            + "live Secret Manager secret data was read for project acme");
  }
}
