package io.vpcgate.rules;

import io.vpcgate.rules.connector.ConnectorReplacedWhileInUse;
import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * ConnectorUsers, through VPCC-13's message: each service that uses the connector in Terraform or live, once, by
 * Terraform address where Terraform manages it, else by API name.
 */
class ConnectorUsersTest {

  private static String service(String name, String connector) {
    return """
        {"name": "//run.googleapis.com/projects/acme/locations/us-central1/services/%1$s",
         "assetType": "run.googleapis.com/Service",
         "resource": {"version": "v2", "location": "us-central1", "data": {
           "name": "projects/acme/locations/us-central1/services/%1$s",
           "template": {"vpcAccess": {"connector": "projects/acme/locations/us-central1/connectors/%2$s"},
             "containers": [{"image": "us-docker.pkg.dev/cloudrun/container/hello"}]}}}}""".formatted(name, connector);
  }

  private static final String LIVE_CONNECTORS = """
      {"name": "//vpcaccess.googleapis.com/projects/acme/locations/us-central1/connectors/moved",
       "assetType": "vpcaccess.googleapis.com/Connector",
       "resource": {"version": "v1", "location": "us-central1", "data": {
         "name": "projects/acme/locations/us-central1/connectors/moved", "network": "prod-vpc",
         "ipCidrRange": "10.1.0.0/28", "state": "READY", "minInstances": 2, "maxInstances": 3}}},
      {"name": "//vpcaccess.googleapis.com/projects/acme/locations/us-central1/connectors/other",
       "assetType": "vpcaccess.googleapis.com/Connector",
       "resource": {"version": "v1", "location": "us-central1", "data": {
         "name": "projects/acme/locations/us-central1/connectors/other", "network": "prod-vpc",
         "ipCidrRange": "10.1.0.16/28", "state": "READY", "minInstances": 2, "maxInstances": 3}}}""";

  @Test
  void eachUserOnce_byTerraformAddressWhereTerraformManagesIt_elseByApiName() {
    RuleTester.of(new ConnectorReplacedWhileInUse(), getClass()).addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "moved" {
          name          = "moved"
          network       = "prod-vpc"
          # BUG: Finding contains: while 3 workloads use it: google_cloud_run_v2_service.api, google_cloud_run_v2_service.batch, projects/acme/locations/us-central1/services/worker; they lose VPC egress
          ip_cidr_range = "10.166.0.0/28"
          min_instances = 2
          max_instances = 3
        }
        # Uses the connector in Terraform and live: listed once.
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
            }
            vpc_access {
              connector = google_vpc_access_connector.moved.id
            }
          }
        }
        # Managed here without a connector, but its live version uses it (changed by hand): its Terraform address.
        resource "google_cloud_run_v2_service" "batch" {
          name     = "batch"
          location = "us-central1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
            }
          }
        }
        """).withLiveSnapshotText("[" + LIVE_CONNECTORS + ", " + service("api", "moved") + ", " + service("batch", "moved")
            + ", " + service("worker", "moved") + ", " + service("other-user", "other") + "]")
        .expectMarkers();
  }
}
