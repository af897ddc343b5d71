package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FirewallDeniesConnectorEgressTest {
  private RuleTester tester() {
    return RuleTester.of(new FirewallDeniesConnectorEgress(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_higherPriorityAllowAndDisabledRules_staySilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  private static final String PROVIDER_AND_CONNECTOR = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_vpc_access_connector" "conn" {
        name          = "conn"
        network       = "prod-vpc"
        ip_cidr_range = "10.8.0.0/28"
      }
      """;

  @Test
  void connector_remediationNamesItsOwnTagAndTheDenysPriority() {
    tester().addTerraformLines("main.tf", PROVIDER_AND_CONNECTOR + """
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
              env {
                name  = "REDIS_HOST"
                # BUG: Finding contains: google_cloud_run_v2_service.api: egress from connector conn to Redis cache 10.0.0.3:6379 is denied by firewall rule deny-internal (priority 900, target tags vpc-connector) on network prod-vpc, so connections time out
                # FIX: Add an EGRESS allow for tcp:6379 to 10.0.0.3/32 with target tag vpc-connector-us-central1-conn at a priority below 900
                value = "10.0.0.3"
              }
            }
            vpc_access {
              connector = google_vpc_access_connector.conn.id
            }
          }
        }
        """).withLiveSnapshot("live.json").expectMarkers();
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
          containers {
            image = "us-docker.pkg.dev/cloudrun/container/hello"
            env {
              name  = "REDIS_HOST"
              # BUG: Finding contains: egress from Direct VPC egress on subnetwork run-subnet to Redis cache 10.0.0.3:6379 is denied by firewall rule deny-clients (priority 700, target tags db-client)
              # FIX: Add an EGRESS allow for tcp:6379 to 10.0.0.3/32 with target tag db-client at a priority below 700
              value = "10.0.0.3"
            }
          }
          vpc_access {
            network_interfaces {
              network    = "prod-vpc"
              subnetwork = "run-subnet"
              tags       = ["db-client"]
            }
          }
        }
      }
      """;
  private static final String DIRECT_VPC_LIVE = """
      [{"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/cache",
        "assetType": "redis.googleapis.com/Instance",
        "resource": {"version": "v1", "location": "us-central1", "data": {
          "name": "projects/acme/locations/us-central1/instances/cache", "host": "10.0.0.3", "port": 6379,
          "authorizedNetwork": "projects/acme/global/networks/prod-vpc", "connectMode": "DIRECT_PEERING"}}},
       {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/subnetworks/run-subnet",
        "assetType": "compute.googleapis.com/Subnetwork", "resource": {"location": "us-central1", "data": {
          "name": "run-subnet", "network": "projects/acme/global/networks/prod-vpc", "ipCidrRange": "10.10.0.0/24",
          "region": "us-central1"}}},
       {"name": "//compute.googleapis.com/projects/acme/global/firewalls/deny-clients",
        "assetType": "compute.googleapis.com/Firewall",
        "resource": {"version": "v1", "data": {"name": "deny-clients", "direction": "EGRESS", "priority": 700,
          "network": "https://www.googleapis.com/compute/v1/projects/acme/global/networks/prod-vpc",
          "targetTags": ["db-client"], "denied": [{"IPProtocol": "tcp", "ports": ["6379"]}]}}}]""";

  @Test
  void directVpcEgress_withASingleTag_isJudgedOnThatTag() {
    tester().addTerraformLines("main.tf", DIRECT_VPC).withLiveSnapshotText(DIRECT_VPC_LIVE).expectMarkers();
  }

  @Test
  void directVpcEgress_withoutTheDeniedTag_isClean() {
    tester().addTerraformLines("main.tf", DIRECT_VPC.replace("[\"db-client\"]", "[\"web\"]").replace("# BUG:", "# no:")
        .replace("# FIX:", "# no:")).withLiveSnapshotText(DIRECT_VPC_LIVE).expectNoFindings();
  }

  @Test
  void aStoreReachedThroughATerraformReference_isJudgedAtTheEnvValue() {
    tester().addTerraformLines("main.tf", PROVIDER_AND_CONNECTOR + """
        resource "google_redis_instance" "cache" {
          name               = "cache"
          memory_size_gb     = 1
          authorized_network = "prod-vpc"
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
              env {
                name  = "REDIS_HOST"
                # BUG: Finding contains: egress from connector conn to Redis cache 10.0.0.3:6379 is denied by firewall rule deny-internal
                value = google_redis_instance.cache.host
              }
            }
            vpc_access {
              connector = google_vpc_access_connector.conn.id
            }
          }
        }
        """).withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void aStoreNamedTwice_isReportedOnce_atTheLiteralAddress_andAStoreReferencedBesideIt_too() {
    tester().addTerraformLines("main.tf", PROVIDER_AND_CONNECTOR + """
        resource "google_redis_instance" "cache" {
          name               = "cache"
          memory_size_gb     = 1
          authorized_network = "prod-vpc"
        }
        resource "google_sql_database_instance" "pg" {
          name             = "pg"
          database_version = "POSTGRES_15"
          settings {
            tier = "db-custom-1-3840"
            ip_configuration {
              ipv4_enabled    = false
              private_network = "projects/acme/global/networks/prod-vpc"
            }
          }
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
              env {
                name  = "REDIS_HOST"
                # BUG: Finding contains: egress from connector conn to Redis cache 10.0.0.3:6379 is denied by firewall rule deny-internal
                value = "10.0.0.3"
              }
              env {
                name  = "REDIS_HOST_AGAIN"
                value = google_redis_instance.cache.host
              }
              env {
                name  = "DB_HOST"
                # BUG: Finding contains: egress from connector conn to Cloud SQL pg 10.20.0.5:5432 is denied by firewall rule deny-postgres (priority 800, all instances)
                value = google_sql_database_instance.pg.private_ip_address
              }
            }
            vpc_access {
              connector = google_vpc_access_connector.conn.id
            }
          }
        }
        """).withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void theCloudSqlSocketAndAConnectionName_areNotPathsThroughTheVpc() {
    // pg's private 10.20.0.5:5432 is denied on prod-vpc (deny-postgres), but the /cloudsql socket and the
    // connection name reach it through the Cloud SQL Auth Proxy, not through the connector to that address.
    tester().addTerraformLines("main.tf", PROVIDER_AND_CONNECTOR + """
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
              env {
                name  = "INSTANCE_CONNECTION_NAME"
                value = "acme:us-central1:pg"
              }
            }
            vpc_access {
              connector = google_vpc_access_connector.conn.id
            }
          }
        }
        resource "google_cloud_run_v2_service" "worker" {
          name     = "worker"
          location = "us-central1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
            }
            vpc_access {
              connector = google_vpc_access_connector.conn.id
            }
            volumes {
              name = "cloudsql"
              cloud_sql_instance {
                instances = ["acme:us-central1:pg"]
              }
            }
          }
        }
        """).withLiveSnapshot("live.json").expectNoFindings();
  }

  private static final String REDIS_CACHE = """
      {"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/cache",
       "assetType": "redis.googleapis.com/Instance",
       "resource": {"version": "v1", "location": "us-central1", "data": {
         "name": "projects/acme/locations/us-central1/instances/cache", "host": "10.0.0.3", "port": 6379,
         "authorizedNetwork": "projects/acme/global/networks/prod-vpc", "connectMode": "DIRECT_PEERING"}}}""";
  private static final String PORT_ONLY_LIVE = "[" + REDIS_CACHE + """
      , {"name": "//compute.googleapis.com/projects/acme/global/firewalls/deny-6379",
         "assetType": "compute.googleapis.com/Firewall",
         "resource": {"version": "v1", "data": {"name": "deny-6379", "direction": "EGRESS", "priority": 900,
           "network": "https://www.googleapis.com/compute/v1/projects/acme/global/networks/prod-vpc",
           "denied": [{"IPProtocol": "tcp", "ports": ["6379"]}]}}}]""";

  private static String envValue(String value) {
    return PROVIDER_AND_CONNECTOR + """
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "us-docker.pkg.dev/cloudrun/container/hello"
              env {
                name  = "REDIS_ADDR"
                # BUG: Finding contains: to Redis cache 10.0.0.3:6379 is denied by firewall rule deny-6379 (priority 900, all instances)
                value = "%s"
              }
            }
            vpc_access {
              connector = google_vpc_access_connector.conn.id
            }
          }
        }
        """.formatted(value);
  }

  @Test
  void theStoresOwnPortIsJudged_whenTheEnvValueGivesNone() {
    tester().addTerraformLines("main.tf", envValue("10.0.0.3")).withLiveSnapshotText(PORT_ONLY_LIVE).expectMarkers();
  }

  @Test
  void thePortTheEnvValueNames_isTheOneJudged_notTheStoresOwnAgain() {
    tester().addTerraformLines("main.tf", envValue("10.0.0.3:6380").replace("# BUG:", "# no:"))
        .withLiveSnapshotText(PORT_ONLY_LIVE).expectNoFindings();
  }

  @Test
  void aDenyOnServiceAccounts_mightNotApplyToTheConnector_soNothingIsClaimed() {
    tester().addTerraformLines("main.tf", envValue("10.0.0.3").replace("# BUG:", "# unknown:"))
        .withLiveSnapshotText(PORT_ONLY_LIVE.replace("\"denied\"",
            "\"targetServiceAccounts\": [\"db@acme.iam.gserviceaccount.com\"], \"denied\""))
        .expectNoFindings();
  }

  @Test
  void aDenyWhosePriorityIsNotKnownBeforeApply_isNotGuessedAt() {
    tester().addTerraformLines("main.tf", envValue("10.0.0.3").replace("# BUG:", "# unknown:") + """
        variable "deny_priority" {
          type = number
        }
        resource "google_compute_firewall" "deny_redis" {
          name      = "deny-redis"
          network   = "prod-vpc"
          direction = "EGRESS"
          priority  = var.deny_priority
          deny {
            protocol = "tcp"
            ports    = ["6379"]
          }
        }
        """).withLiveSnapshotText("[" + REDIS_CACHE + "]")
        .expectNoFindings();
  }
}
