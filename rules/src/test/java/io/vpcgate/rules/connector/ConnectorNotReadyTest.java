package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorNotReadyTest {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorNotReady(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_brokenConnectorNobodyHereUses_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  private static final String COVERAGE_US_CENTRAL1 = """
      {"name": "//vpcgate/coverage", "assetType": "vpcgate/Coverage",
       "resource": {"version": "1", "data": {"read": [
         {"kind": "vpc_connector", "project": "acme", "region": "us-central1"}]}}}""";

  private static String connectorAsset(String name, String state) {
    return """
        {"name": "//vpcaccess.googleapis.com/projects/acme/locations/us-central1/connectors/%1$s",
         "assetType": "vpcaccess.googleapis.com/Connector",
         "resource": {"version": "v1", "location": "us-central1", "data": {
           "name": "projects/acme/locations/us-central1/connectors/%1$s", "network": "prod-vpc",
           "ipCidrRange": "10.8.0.0/28", "state": "%2$s"}}}""".formatted(name, state);
  }

  @Test
  void remediation_dependsOnTheState() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "broken" {
          # BUG: Finding contains: Connector projects/acme/locations/us-central1/connectors/broken is ERROR live ("Connector is in a bad state
          # FIX: Delete the broken connector by hand and let Terraform create it again
          name          = "broken"
          network       = "prod-vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        resource "google_vpc_access_connector" "creating" {
          # BUG: Finding contains: Connector projects/acme/locations/us-central1/connectors/creating is CREATING live
          # FIX: Wait for the connector to become READY before deploying workloads that use it
          name          = "creating"
          network       = "prod-vpc"
          ip_cidr_range = "10.8.0.16/28"
        }
        """).withLiveSnapshotText("[" + connectorAsset("broken", "ERROR") + ", " + connectorAsset("creating", "CREATING")
            + ", " + COVERAGE_US_CENTRAL1 + "]").expectMarkers();
  }

  @Test
  void creatingConnector_messageHasNoErrorExplanation() {
    var findings = tester().addTerraformLines("main.tf", """
        resource "google_vpc_access_connector" "creating" {
          project       = "acme"
          region        = "us-central1"
          name          = "creating"
          network       = "prod-vpc"
          ip_cidr_range = "10.8.0.16/28"
        }
        """).withLiveSnapshotText("[" + connectorAsset("creating", "CREATING") + ", " + COVERAGE_US_CENTRAL1 + "]")
        .findings();
    org.junit.jupiter.api.Assertions.assertEquals(1, findings.size(), findings.toString());
    org.junit.jupiter.api.Assertions.assertEquals(
        "Connector projects/acme/locations/us-central1/connectors/creating is CREATING live", findings.get(0).message());
  }

  @Test
  void connectorInARegionTheLiveReadDidNotCover_isNotEvaluated() {
    tester().addTerraformLines("main.tf", """
        resource "google_vpc_access_connector" "eu" {
          project       = "acme"
          region        = "europe-west1"
          name          = "eu-conn"
          network       = "prod-vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        resource "google_cloud_run_v2_service" "api" {
          project  = "acme"
          name     = "api"
          location = "europe-west1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
            }
            vpc_access {
              connector = "projects/acme/locations/europe-west1/connectors/eu-conn"
            }
          }
        }
        """).withLiveSnapshotText("[" + connectorAsset("ready", "READY") + ", " + COVERAGE_US_CENTRAL1 + "]")
        // Once, for the connector: the service using the connector Terraform declares adds no second entry.
        .expectNotEvaluated("google_vpc_access_connector.eu: whether connector eu-conn is READY: no live Serverless VPC "
            + "Access connector data was read for project acme in europe-west1");
  }

  @Test
  void serviceUsingAnUndeclaredConnectorInAnUncoveredRegion_isNotEvaluated() {
    // The connector Terraform declares is READY in a covered region; the service uses another one.
    tester().addTerraformLines("main.tf", """
        resource "google_vpc_access_connector" "ready" {
          project       = "acme"
          region        = "us-central1"
          name          = "ready"
          network       = "prod-vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        resource "google_cloud_run_v2_service" "api" {
          project  = "acme"
          name     = "api"
          location = "europe-west1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
            }
            vpc_access {
              connector = "projects/acme/locations/europe-west1/connectors/shared"
            }
          }
        }
        resource "google_cloud_run_v2_service" "by_number" {
          project  = "acme"
          name     = "by-number"
          location = "europe-west1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
            }
            vpc_access {
              connector = "projects/123456789012/locations/europe-west1/connectors/shared"
            }
          }
        }
        """).withLiveSnapshotText("[" + connectorAsset("ready", "READY") + ", " + COVERAGE_US_CENTRAL1 + "]")
        .expectNotEvaluated("google_cloud_run_v2_service.api: whether connector shared is READY: no live Serverless VPC "
            + "Access connector data was read for project acme in europe-west1");
  }
}
