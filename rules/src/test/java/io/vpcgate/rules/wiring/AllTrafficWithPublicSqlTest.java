package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AllTrafficWithPublicSqlTest {
  private RuleTester tester() {
    return RuleTester.of(new AllTrafficWithPublicSql(), getClass());
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
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  private static final String SERVICE = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_vpc_access_connector" "conn" {
        name          = "conn"
        network       = "prod-vpc"
        ip_cidr_range = "10.8.0.0/28"
      }
      resource "google_cloud_run_v2_service" "api" {
        name     = "api"
        location = "us-central1"
        template {
          containers {
            image = "us-docker.pkg.dev/cloudrun/container/hello"
          }
          vpc_access {
            VPC_ACCESS
            egress = "ALL_TRAFFIC"
          }
          volumes {
            name = "cloudsql"
            cloud_sql_instance {
              MARKERS
              instances = ["acme:us-central1:pg"]
            }
          }
        }
      }
      """;

  @Test
  void connectorWithoutNat_instanceWithoutPrivateIp_blocks_andSuggestsGivingItOne() {
    tester().addTerraformLines("main.tf", SERVICE.replace("VPC_ACCESS", "connector = google_vpc_access_connector.conn.id")
            .replace("MARKERS", """
                # BUG: Finding contains: google_cloud_run_v2_service.api sends all egress through the VPC and reaches Cloud SQL pg through the /cloudsql socket, its public-IP path; Google: "If you route all egress traffic through ... a Serverless VPC Access connector, use a private IP address"; with no Cloud NAT on the connector's network the connection cannot leave the VPC
                # FIX: Give pg a private IP on the connector's network and connect to it over TCP, or use egress = "PRIVATE_RANGES_ONLY"
                """))
        .withLiveSnapshot("live.json").expectMarkers();
  }

  private static final String PRIVATE_PG_LIVE = """
      [{"name": "//cloudsql.googleapis.com/projects/acme/instances/pg",
        "assetType": "sqladmin.googleapis.com/Instance",
        "resource": {"version": "v1beta4", "location": "us-central1", "data": {
          "name": "pg", "project": "acme", "region": "us-central1", "databaseVersion": "POSTGRES_15",
          "connectionName": "acme:us-central1:pg",
          "ipAddresses": [{"type": "PRIMARY", "ipAddress": "34.41.7.19"}, {"type": "PRIVATE", "ipAddress": "10.20.0.5"}],
          "settings": {"tier": "db-custom-1-3840", "ipConfiguration": {"ipv4Enabled": true,
            "privateNetwork": "projects/acme/global/networks/prod-vpc"}}}}},
       {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/subnetworks/run-subnet",
        "assetType": "compute.googleapis.com/Subnetwork", "resource": {"location": "us-central1", "data": {
          "name": "run-subnet", "network": "projects/acme/global/networks/prod-vpc", "ipCidrRange": "10.10.0.0/24",
          "region": "us-central1"}}},
       {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/routers/prod-router",
        "assetType": "compute.googleapis.com/Router", "resource": {"location": "us-central1", "data": {
          "name": "prod-router", "network": "projects/acme/global/networks/prod-vpc", "region": "us-central1"}}}]""";

  @Test
  void directVpcWithoutNat_instanceWithAPrivateIp_blocks_andSuggestsUsingIt() {
    tester().addTerraformLines("main.tf", SERVICE.replace("VPC_ACCESS", """
            network_interfaces {
                  network    = "prod-vpc"
                  subnetwork = "run-subnet"
                }""").replace("MARKERS", """
                # BUG: Finding contains: its public-IP path; Google: "If you route all egress traffic through ... a Serverless VPC Access connector, use a private IP address"; with no Cloud NAT on the egress network the connection cannot leave the VPC
                # FIX: Connect to pg's private IP over TCP instead of the /cloudsql socket, or use egress = "PRIVATE_RANGES_ONLY"
                """))
        .withLiveSnapshotText(PRIVATE_PG_LIVE).expectMarkers();
  }

  @Test
  void directVpc_instanceWithoutPrivateIp_suggestsOneOnTheEgressNetwork() {
    String live = PRIVATE_PG_LIVE.replace(", {\"type\": \"PRIVATE\", \"ipAddress\": \"10.20.0.5\"}", "")
        .replaceAll(",\\s*\"privateNetwork\": \"[^\"]+\"", "");
    tester().addTerraformLines("main.tf", SERVICE.replace("VPC_ACCESS", """
            network_interfaces {
                  network    = "prod-vpc"
                  subnetwork = "run-subnet"
                }""").replace("MARKERS", """
                # BUG: Finding contains: with no Cloud NAT on the egress network the connection cannot leave the VPC
                # FIX: Give pg a private IP on the egress network and connect to it over TCP
                """))
        .withLiveSnapshotText(live).expectMarkers();
  }

  @Test
  void anInstanceWithoutPublicIp_isNotReachedOverIt() {
    tester().addTerraformLines("main.tf", SERVICE.replace("VPC_ACCESS", "connector = google_vpc_access_connector.conn.id")
            .replace("MARKERS", ""))
        .withLiveSnapshotText(PRIVATE_PG_LIVE.replace("\"ipv4Enabled\": true", "\"ipv4Enabled\": false"))
        .expectNoFindings();
  }
}
