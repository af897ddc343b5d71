package io.vpcgate.rules.wiring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AllTrafficWithoutNatTest {
  private RuleTester tester() {
    return RuleTester.of(new AllTrafficWithoutNat(), getClass());
  }

  @Test
  void markedFixture_aNatInAnotherRegionDoesNotCount() {
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

  @Test
  void publicEndpoints() {
    assertTrue(AllTrafficWithoutNat.isPublic("https://oauth2.googleapis.com/token"));
    assertTrue(AllTrafficWithoutNat.isPublic("8.8.8.8"));
    assertFalse(AllTrafficWithoutNat.isPublic("http://metadata.google.internal/computeMetadata/v1"));
    assertFalse(AllTrafficWithoutNat.isPublic("10.0.0.3:6379"));
    assertFalse(AllTrafficWithoutNat.isPublic("info"));
  }

  @Test
  void publicEndpoints_addresses() {
    assertTrue(AllTrafficWithoutNat.isPublic("34.41.7.19:5432"));
    assertFalse(AllTrafficWithoutNat.isPublic("127.0.0.1"), "loopback never leaves the container");
    assertFalse(AllTrafficWithoutNat.isPublic("127.0.0.1:8080"));
    assertFalse(AllTrafficWithoutNat.isPublic("100.64.0.1"), "RFC 6598 is internal");
    assertFalse(AllTrafficWithoutNat.isPublic("192.168.1.10"));
  }

  @Test
  void publicEndpoints_urls() {
    assertTrue(AllTrafficWithoutNat.isPublic("http://api.example.com/v1"), "plain http too");
    assertTrue(AllTrafficWithoutNat.isPublic("HTTPS://API.Example.com"), "the scheme and host in any case");
    assertTrue(AllTrafficWithoutNat.isPublic("  https://api.example.com  "));
    assertFalse(AllTrafficWithoutNat.isPublic("ftp://files.example.com"), "only http and https URLs are judged");
    assertFalse(AllTrafficWithoutNat.isPublic("api.example.com"), "a bare host name is not a URL");
    assertFalse(AllTrafficWithoutNat.isPublic("http://localhost:8080/health"));
    assertFalse(AllTrafficWithoutNat.isPublic("http://backend:8080/"), "a host without a dot is internal");
    assertFalse(AllTrafficWithoutNat.isPublic("http:///path-only"), "no host");
    assertFalse(AllTrafficWithoutNat.isPublic("https://exa mple.com/"), "not a URL");
    assertFalse(AllTrafficWithoutNat.isPublic("http://redis.default.svc:6379"));
    assertFalse(AllTrafficWithoutNat.isPublic("http://api.cluster.local"));
    assertFalse(AllTrafficWithoutNat.isPublic("http://printer.local"));
    assertFalse(AllTrafficWithoutNat.isPublic("http://app.localhost"));
    assertFalse(AllTrafficWithoutNat.isPublic("https://private.googleapis.goog"));
    assertFalse(AllTrafficWithoutNat.isPublic("http://10.1.2"), "a numeric host is no public name");
  }

  private static final String DIRECT_VPC = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_cloud_run_v2_service" "api" {
        name     = "api"
        location = "us-central1"
        template {
          vpc_access {
            network_interfaces {
              network    = "app-vpc"
              subnetwork = "run-subnet"
            }
            # BUG: Finding contains: routes ALL_TRAFFIC through Direct VPC egress on subnetwork run-subnet, but network acme/app-vpc has no Cloud NAT in us-central1 that covers its subnetwork run-subnet; it reaches the internet (PAYMENTS_URL)
            egress = "ALL_TRAFFIC"
          }
          containers {
            image = "gcr.io/acme/api"
            env {
              name  = "PAYMENTS_URL"
              value = "https://api.stripe.com/v1"
            }
          }
        }
      }
      """;
  private static final String NETWORK_AND_SUBNET = """
      {"name": "//compute.googleapis.com/projects/acme/global/networks/app-vpc",
       "assetType": "compute.googleapis.com/Network", "resource": {"data": {"name": "app-vpc"}}},
      {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/subnetworks/run-subnet",
       "assetType": "compute.googleapis.com/Subnetwork", "resource": {"location": "us-central1", "data": {
         "name": "run-subnet", "network": "projects/acme/global/networks/app-vpc", "ipCidrRange": "10.10.0.0/24",
         "region": "us-central1"}}}""";

  @Test
  void directVpc_allTraffic_noNat_internetUse_blocks() {
    tester().addTerraformLines("main.tf", DIRECT_VPC).withLiveSnapshotText("[" + NETWORK_AND_SUBNET + "]").expectMarkers();
  }

  @Test
  void directVpc_allTraffic_withANatListingItsSubnet_isClean() {
    tester().addTerraformLines("main.tf", DIRECT_VPC.replace("# BUG:", "# clean:")).withLiveSnapshotText("["
        + NETWORK_AND_SUBNET + """
        , {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/routers/nat-router",
           "assetType": "compute.googleapis.com/Router", "resource": {"location": "us-central1", "data": {
             "name": "nat-router", "network": "projects/acme/global/networks/app-vpc", "region": "us-central1",
             "nats": [{"name": "nat", "sourceSubnetworkIpRangesToNat": "LIST_OF_SUBNETWORKS",
                       "subnetworks": [{"name": "projects/acme/regions/us-central1/subnetworks/run-subnet"}]}]}}}]""")
        .expectNoFindings();
  }

  @Test
  void aNetworkInAProjectTheSnapshotHoldsNothingOf_isNotEvaluated_neverSaidToLackNat() {
    tester().addTerraformLines("main.tf", DIRECT_VPC.replace("# BUG:", "# not judged:")
            .replace("network    = \"app-vpc\"", "network    = \"projects/project2/global/networks/default\""))
        .withLiveSnapshotText("[" + NETWORK_AND_SUBNET + "]")
        .expectNotEvaluated("google_cloud_run_v2_service.api: whether a Cloud NAT serves Direct VPC egress on subnetwork "
            + "run-subnet on network project2/default: no live Cloud Router data was read for project project2");
  }

  private static final String CONNECTOR_NO_NAT = """
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
            env {
              name = "API_KEY"
              value_source {
                secret_key_ref {
                  secret  = "https://looks.like.a.url"
                  version = "latest"
                }
              }
            }
          }
          vpc_access {
            connector = google_vpc_access_connector.conn.id
            MARKER
            egress    = "ALL_TRAFFIC"
          }
          volumes {
            name = "cloudsql"
            cloud_sql_instance {
              instances = ["acme:us-central1:pg"]
            }
          }
        }
      }
      """;

  private static String sql(boolean ipv4) {
    return """
        [{"name": "//cloudsql.googleapis.com/projects/acme/instances/pg",
          "assetType": "sqladmin.googleapis.com/Instance",
          "resource": {"version": "v1beta4", "location": "us-central1", "data": {
            "name": "pg", "project": "acme", "region": "us-central1", "databaseVersion": "POSTGRES_15",
            "connectionName": "acme:us-central1:pg", "ipAddresses": [{"type": "PRIMARY", "ipAddress": "34.41.7.19"}],
            "settings": {"tier": "db-custom-1-3840", "ipConfiguration": {"ipv4Enabled": %s,
              "privateNetwork": "projects/acme/global/networks/prod-vpc"}}}}},
         {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/routers/prod-router",
          "assetType": "compute.googleapis.com/Router",
          "resource": {"version": "v1", "location": "us-central1", "data": {
            "name": "prod-router", "region": "us-central1",
            "network": "https://www.googleapis.com/compute/v1/projects/acme/global/networks/prod-vpc"}}}]"""
        .formatted(ipv4);
  }

  @Test
  void cloudSqlAttachedOverItsPublicIp_isAnInternetUse_blocks() {
    tester().addTerraformLines("main.tf", CONNECTOR_NO_NAT.replace("MARKER", """
            # BUG: Finding contains: google_cloud_run_v2_service.api routes ALL_TRAFFIC through connector conn, but network acme/prod-vpc has no Cloud NAT in us-central1 that covers the connector (a connector's hidden subnet is covered only by a NAT on all subnetworks); it reaches the internet (Cloud SQL
            # FIX: Add google_compute_router_nat with source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES" on prod-vpc in us-central1, or use egress
            """))
        .withLiveSnapshotText(sql(true)).expectMarkers();
  }

  @Test
  void cloudSqlWithoutPublicIp_andASecret_areNoInternetUse_warns() {
    tester().addTerraformLines("main.tf", CONNECTOR_NO_NAT.replace("MARKER",
            "# WARN: Finding contains: that covers the connector (a connector's hidden subnet is covered only by a NAT on "
                + "all subnetworks); every call to the internet will time out"))
        .withLiveSnapshotText(sql(false)).expectMarkers();
  }

  @Test
  void aNetworkWhoseProjectIsNotKnown_isNotEvaluated() {
    tester().addTerraformLines("main.tf", DIRECT_VPC.replace("# BUG:", "# not judged:").replace("  project = \"acme\"\n", ""))
        .withLiveSnapshotText("[" + NETWORK_AND_SUBNET + "]")
        .expectNotEvaluated("google_cloud_run_v2_service.api: whether a Cloud NAT serves Direct VPC egress on subnetwork "
            + "run-subnet on network app-vpc: the project is not known before apply, so its live Cloud Routers cannot be "
            + "looked up");
  }

  @Test
  void aRouterWithAnUnknownRegion_onAnotherNetwork_doesNotHideTheMissingNat() {
    RuleTester t = tester();
    String extra = """

        variable "elsewhere" {
          type = string
        }
        resource "google_compute_router" "other" {
          name    = "other-router"
          network = "other-vpc"
          region  = var.elsewhere
        }
        """;
    t.addTerraformLines("bad.tf", t.resourceText("bad.tf") + extra).withLiveSnapshot("live.json").expectMarkers();
    RuleTester same = tester();
    var report = same.addTerraformLines("bad.tf", same.resourceText("bad.tf") + extra.replace("other-vpc", "prod-vpc"))
        .withLiveSnapshot("live.json").run();
    assertTrue(report.findings().stream().noneMatch(f -> f.message().contains("PAYMENTS_URL")), report.findings().toString());
    assertTrue(report.notEvaluated().stream().anyMatch(n -> n.subject().equals("google_cloud_run_v2_service.api")),
        report.notEvaluated().toString());
  }
}
