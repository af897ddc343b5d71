package io.vpcgate.rules.sql;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PsaRangeTooSmallTest {
  private RuleTester tester() {
    return RuleTester.of(new PsaRangeTooSmall(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  private static final String PRODUCERS = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_sql_database_instance" "a" {
        name             = "a"
        database_version = "POSTGRES_15"
        settings {
          tier = "db-custom-1-3840"
          ip_configuration {
            private_network = "projects/acme/global/networks/prod-vpc"
          }
        }
      }
      resource "google_redis_instance" "b" {
        name               = "b"
        memory_size_gb     = 1
        authorized_network = "prod-vpc"
        connect_mode       = "PRIVATE_SERVICE_ACCESS"
      }
      """;

  private static String range(String name, String address, int prefix, String marker) {
    return """
        resource "google_compute_global_address" "%s" {
          name          = "%s"
          purpose       = "VPC_PEERING"
          address_type  = "INTERNAL"
          address       = "%s"
          %s
          prefix_length = %d
          network       = "prod-vpc"
        }
        """.formatted(name, name, address, marker, prefix);
  }

  @Test
  void aSlash25_isLessThanASlash24_forTwoProducers() {
    tester().addTerraformLines("main.tf", PRODUCERS + range("psa", "10.50.0.0", 25, """
        # WARN: Finding contains: Network prod-vpc allocates 128 addresses to Private Service Access (psa 10.50.0.0/25) for 2 producers (google_sql_database_instance.a, google_redis_instance.b)
          # FIX: Allocate at least a /24 (the provider's example uses prefix_length = 16), or add another range to the connection's reserved_peering_ranges"""))
        .expectMarkers();
  }

  @Test
  void rangesAddUp_exactlyASlash24InAll_isEnough() {
    tester().addTerraformLines("main.tf", PRODUCERS + range("psa1", "10.50.0.0", 25, "")
        + range("psa2", "10.51.0.0", 25, "")).expectNoFindings();
  }

  @Test
  void rangesAddUp_lessThanASlash24InAll_isReportedOnTheFirst() {
    tester().addTerraformLines("main.tf", PRODUCERS
        + range("psa1", "10.50.0.0", 25, "# WARN: Finding contains: allocates 192 addresses to Private Service Access "
            + "(psa1 10.50.0.0/25, psa2 10.51.0.0/26) for 2 producers")
        + range("psa2", "10.51.0.0", 26, "")).expectMarkers();
  }

  @Test
  void aRedisOnDirectPeering_doesNotDrawFromTheRanges() {
    tester().addTerraformLines("main.tf", PRODUCERS.replace("PRIVATE_SERVICE_ACCESS", "DIRECT_PEERING")
        + range("psa", "10.50.0.0", 28, "")).expectNoFindings();
  }

  @Test
  void producersOnAnotherNetwork_doNotCount() {
    tester().addTerraformLines("main.tf", PRODUCERS.replace("\"prod-vpc\"", "\"other-vpc\"")
        + range("psa", "10.50.0.0", 28, "")).expectNoFindings();
  }

  private static final String LIVE_RANGE_AND_SQL = """
      [{"name": "//compute.googleapis.com/projects/acme/global/addresses/psa-live",
        "assetType": "compute.googleapis.com/GlobalAddress",
        "resource": {"version": "v1", "data": {"name": "psa-live", "address": "10.60.0.0", "prefixLength": 28,
          "addressType": "INTERNAL", "purpose": "VPC_PEERING",
          "network": "https://www.googleapis.com/compute/v1/projects/acme/global/networks/prod-vpc"}}},
       {"name": "//cloudsql.googleapis.com/projects/acme/instances/live-pg",
        "assetType": "sqladmin.googleapis.com/Instance",
        "resource": {"version": "v1beta4", "location": "us-central1", "data": {
          "name": "live-pg", "project": "acme", "region": "us-central1", "databaseVersion": "POSTGRES_15",
          "connectionName": "acme:us-central1:live-pg", "ipAddresses": [{"type": "PRIVATE", "ipAddress": "10.60.0.3"}],
          "settings": {"tier": "db-custom-1-3840", "ipConfiguration": {"ipv4Enabled": false,
            "privateNetwork": "projects/acme/global/networks/prod-vpc"}}}}}]""";

  @Test
  void aLiveRange_isReportedOnTheProducerTerraformAdds() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_redis_instance" "b" {
          # WARN: Finding contains: Network prod-vpc allocates 16 addresses to Private Service Access (psa-live 10.60.0.0/28) for 2 producers
          name               = "b"
          memory_size_gb     = 1
          authorized_network = "prod-vpc"
          connect_mode       = "PRIVATE_SERVICE_ACCESS"
        }
        """).withLiveSnapshotText(LIVE_RANGE_AND_SQL).expectMarkers();
  }

  @Test
  void onlyLiveRangesAndProducers_areNotTerraformsToFix() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        """).withLiveSnapshotText(LIVE_RANGE_AND_SQL.replace("}}}}}]", """
        }}}}},
         {"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/cache",
          "assetType": "redis.googleapis.com/Instance",
          "resource": {"version": "v1", "location": "us-central1", "data": {
            "name": "projects/acme/locations/us-central1/instances/cache", "host": "10.60.0.8", "port": 6379,
            "authorizedNetwork": "projects/acme/global/networks/prod-vpc", "connectMode": "PRIVATE_SERVICE_ACCESS"}}}]"""))
        .expectNoFindings();
  }

  /** Memcached and AlloyDB draw from the same ranges as Cloud SQL; an AlloyDB cluster on Private Service Connect does not. */
  @Test
  void memcacheAndAlloyDbAreProducersToo_butNotAnAlloyDbClusterOnPsc() {
    String stores = """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_memcache_instance" "catalog" {
          name               = "catalog"
          node_count         = 1
          authorized_network = "projects/acme/global/networks/prod-vpc"
          node_config {
            cpu_count      = 1
            memory_size_mb = 1024
          }
        }
        resource "google_alloydb_cluster" "billing" {
          cluster_id = "billing"
          location   = "us-central1"
          network_config {
            network = "projects/acme/global/networks/prod-vpc"
          }
        }
        resource "google_alloydb_cluster" "reports" {
          cluster_id = "reports"
          location   = "us-central1"
          psc_config {
            psc_enabled = true
          }
        }
        """;
    tester().addTerraformLines("main.tf", stores + range("psa", "10.50.0.0", 25, """
        # WARN: Finding contains: for 2 producers (google_memcache_instance.catalog, google_alloydb_cluster.billing)""")).expectMarkers();
  }
}
