package io.vpcgate.rules.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Finding;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WIRE-01 for data stores a service is bound to by a Terraform reference or a data source (not an
 * address literal), and the connector the remediation proposes.
 */
class PrivateTargetWithoutVpcEgressBindingsTest {
  private RuleTester tester() {
    return RuleTester.of(new PrivateTargetWithoutVpcEgress(), getClass());
  }

  private static final String PROVIDER = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      """;

  private static final String REDIS = """
      resource "google_redis_instance" "cache" {
        name               = "cache"
        memory_size_gb     = 1
        authorized_network = "app-vpc"
      }
      """;

  private static final String LIVE_REDIS = """
      {"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/shared",
       "assetType": "redis.googleapis.com/Instance",
       "resource": {"data": {"host": "10.166.204.83", "port": 6379, "reservedIpRange": "10.166.204.80/29",
         "authorizedNetwork": "projects/acme/global/networks/app-vpc"}}}""";

  private static final String LIVE_CONNECTOR = """
      {"name": "//vpcaccess.googleapis.com/projects/acme/locations/us-central1/connectors/live-conn",
       "assetType": "vpcaccess.googleapis.com/Connector",
       "resource": {"data": {"name": "projects/acme/locations/us-central1/connectors/live-conn",
         "network": "app-vpc", "ipCidrRange": "10.8.0.0/28", "state": "READY"}}}""";

  /** A service without vpc_access whose env holds {@code envBlocks}. */
  private static String service(String envBlocks) {
    return """
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "gcr.io/acme/app"
        %s
            }
          }
        }
        """.formatted(envBlocks.indent(6));
  }

  private static final String REDIS_HOST_REF = """
      env {
        name  = "REDIS_HOST"
        # BUG: Finding contains: Service google_cloud_run_v2_service.api: REDIS_HOST points at Redis google_redis_instance.cache (?), which is reachable only from its VPC network, but it has no VPC egress (no connector or Direct VPC), so the connection times out
        # FIX: Add vpc_access { connector = %s } to the service's template in Terraform (not with gcloud)
        value = google_redis_instance.cache.host
      }
      """;

  @Test
  void redisComputedFromTerraform_isReported_andThePlaceholderConnectorIsProposed() {
    tester().addTerraformLines("main.tf", PROVIDER + REDIS
        + service(REDIS_HOST_REF.formatted("google_vpc_access_connector.<name>.id"))).expectMarkers();
  }

  @Test
  void aTerraformConnectorInTheServicesProjectAndRegion_isProposedByReference() {
    tester().addTerraformLines("main.tf", PROVIDER + REDIS + """
        resource "google_vpc_access_connector" "app" {
          name          = "app"
          network       = "app-vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        """ + service(REDIS_HOST_REF.formatted("google_vpc_access_connector.app.id"))).expectMarkers();
  }

  @Test
  void connectorsInAnotherRegionOrProject_areNotProposed() {
    tester().addTerraformLines("main.tf", PROVIDER + REDIS + """
        resource "google_vpc_access_connector" "east" {
          name          = "east"
          region        = "us-east1"
          network       = "app-vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        resource "google_vpc_access_connector" "other_project" {
          name          = "other"
          project       = "other"
          network       = "app-vpc"
          ip_cidr_range = "10.8.0.16/28"
        }
        """ + service(REDIS_HOST_REF.formatted("google_vpc_access_connector.<name>.id"))).expectMarkers();
  }

  @Test
  void aLiveConnectorInTheServicesRegion_isProposedByName_butTerraformsOwnComesFirst() {
    tester().addTerraformLines("main.tf", PROVIDER + REDIS
            + service(REDIS_HOST_REF.formatted("\"projects/acme/locations/us-central1/connectors/live-conn\"")))
        .withLiveSnapshotText("[" + LIVE_CONNECTOR + "]").expectMarkers();
    tester().addTerraformLines("main.tf", PROVIDER + REDIS + """
            resource "google_vpc_access_connector" "app" {
              name          = "app"
              network       = "app-vpc"
              ip_cidr_range = "10.8.0.16/28"
            }
            """ + service(REDIS_HOST_REF.formatted("google_vpc_access_connector.app.id")))
        .withLiveSnapshotText("[" + LIVE_CONNECTOR + "]").expectMarkers();
  }

  @Test
  void redisReadWithADataSource_isReported() {
    tester().addTerraformLines("main.tf", PROVIDER + """
        data "google_redis_instance" "shared" {
          name = "shared"
        }
        """ + service("""
        env {
          name  = "REDIS_HOST"
          # BUG: Finding contains: REDIS_HOST points at Redis projects/acme/locations/us-central1/instances/shared (10.166.204.83:6379), which is reachable only from its VPC network
          value = data.google_redis_instance.shared.host
        }
        """)).withLiveSnapshotText("[" + LIVE_REDIS + "]").expectMarkers();
  }

  @Test
  void oneStoreBoundByALiteralAndAReference_isReportedOnce_atTheLiteral() {
    tester().addTerraformLines("main.tf", PROVIDER + """
        data "google_redis_instance" "shared" {
          name = "shared"
        }
        """ + service("""
        env {
          name  = "REDIS_HOST"
          # BUG: Finding contains: REDIS_HOST points at Redis projects/acme/locations/us-central1/instances/shared (10.166.204.83:6379), but
          value = "10.166.204.83"
        }
        env {
          name  = "REDIS_PORT"
          value = data.google_redis_instance.shared.port
        }
        """)).withLiveSnapshotText("[" + LIVE_REDIS + "]").expectMarkers();
  }

  @Test
  void oneStoreReferencedTwice_isReportedOnce_twoStoresTwice() {
    tester().addTerraformLines("main.tf", PROVIDER + REDIS + """
        resource "google_redis_instance" "sessions" {
          name               = "sessions"
          memory_size_gb     = 1
          authorized_network = "app-vpc"
        }
        """ + service("""
        env {
          name  = "REDIS_HOST"
          # BUG: Finding contains: REDIS_HOST points at Redis google_redis_instance.cache (?)
          value = google_redis_instance.cache.host
        }
        env {
          name  = "REDIS_PORT"
          value = google_redis_instance.cache.port
        }
        env {
          name  = "SESSIONS_HOST"
          # BUG: Finding contains: SESSIONS_HOST points at Redis google_redis_instance.sessions (?)
          value = google_redis_instance.sessions.host
        }
        """)).expectMarkers();
  }

  private static final String SQL_ENV = """
      env {
        name  = "DB_HOST"
        %s
        value = google_sql_database_instance.db.%s
      }
      """;

  @Test
  void cloudSqlWithAPrivateIp_computedFromTerraform_isReported() {
    tester().addTerraformLines("main.tf", PROVIDER + """
        resource "google_sql_database_instance" "db" {
          name             = "db"
          database_version = "POSTGRES_15"
          settings {
            tier = "db-custom-1-3840"
            ip_configuration {
              ipv4_enabled    = false
              private_network = "projects/acme/global/networks/app-vpc"
            }
          }
        }
        """ + service(SQL_ENV.formatted("# BUG: Finding contains: DB_HOST points at Cloud SQL google_sql_database_instance.db",
        "private_ip_address"))).expectMarkers();
  }

  @Test
  void cloudSqlWithOnlyAPublicIp_orAnUnknownIpConfiguration_isNotJudged() {
    tester().addTerraformLines("main.tf", PROVIDER + """
        resource "google_sql_database_instance" "db" {
          name             = "db"
          database_version = "POSTGRES_15"
          settings {
            tier = "db-custom-1-3840"
            ip_configuration {
              ipv4_enabled = true
            }
          }
        }
        """ + service(SQL_ENV.formatted("", "public_ip_address"))).expectNoFindings();
    tester().addTerraformLines("main.tf", PROVIDER + """
        variable "network" {}
        resource "google_sql_database_instance" "db" {
          name             = "db"
          database_version = "POSTGRES_15"
          settings {
            tier = "db-custom-1-3840"
            ip_configuration {
              ipv4_enabled    = false
              private_network = var.network
            }
          }
        }
        """ + service(SQL_ENV.formatted("", "private_ip_address"))).expectNoFindings();
  }

  @Test
  void anotherLiveServicesConnector_isNotAttributedToThisOne() {
    List<Finding> found = tester().addTerraformLines("main.tf", PROVIDER + REDIS
            + service(REDIS_HOST_REF.formatted("google_vpc_access_connector.<name>.id")))
        .withLiveSnapshotText("""
            [{"name": "//run.googleapis.com/projects/acme/locations/us-central1/services/worker",
              "assetType": "run.googleapis.com/Service",
              "resource": {"data": {"name": "projects/acme/locations/us-central1/services/worker",
                "template": {"vpcAccess": {"connector": "projects/acme/locations/us-central1/connectors/worker-conn"},
                  "containers": [{"image": "gcr.io/acme/worker"}]}}}}]""").findings();
    assertEquals(1, found.size(), found.toString());
    assertFalse(found.get(0).message().contains("worker-conn"), found.get(0).message());
    assertTrue(found.get(0).message().endsWith("so the connection times out"), found.get(0).message());
  }
}
