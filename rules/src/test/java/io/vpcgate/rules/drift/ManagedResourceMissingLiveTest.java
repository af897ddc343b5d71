package io.vpcgate.rules.drift;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ManagedResourceMissingLiveTest {
  private RuleTester tester() {
    return RuleTester.of(new ManagedResourceMissingLive(), getClass()).withLiveSnapshot("live.json").withState("state.json");
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
  void withoutState_isSkipped() {
    RuleTester.of(new ManagedResourceMissingLive(), getClass()).withLiveSnapshot("live.json")
        .addTerraformFile("bad.tf").expectSkipped();
  }

  private static final String ONLY_REDIS = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_redis_instance" "only" {
        # BUG: Finding contains: google_redis_instance.only is in Terraform's state but does not exist live
        name           = "only"
        memory_size_gb = 1
      }
      """;
  private static final String STATE = """
      {"format_version": "1.0", "values": {"root_module": {"resources": [
        {"address": "google_redis_instance.only", "mode": "managed", "type": "google_redis_instance",
         "values": {"name": "only", "project": "acme", "region": "us-central1", "host": "10.0.0.3"}}]}}}
      """;
  private static final String NETWORK = """
      {"name": "//compute.googleapis.com/projects/acme/global/networks/default",
       "assetType": "compute.googleapis.com/Network", "resource": {"data": {"name": "default"}}}""";

  @Test
  void theOnlyRedisOfAProject_deletedByHand_isMissing_whenTheSnapshotRecordsThatItReadRedis() {
    RuleTester.of(new ManagedResourceMissingLive(), getClass()).addTerraformLines("main.tf", ONLY_REDIS)
        .withStateText(STATE).withLiveSnapshotText("[" + NETWORK + """
            , {"name": "//vpcgate/coverage", "assetType": "vpcgate/Coverage", "resource": {"version": "1", "data": {
                "read": [{"kind": "redis_instance", "project": "acme", "region": "*"},
                         {"kind": "network", "project": "acme", "region": "*"}]}}}]""").expectMarkers();
  }

  @Test
  void theOnlyRedisOfAProject_inAPlainExportWithNoRedisAsset_isNotEvaluated_andSaysWhy() {
    RuleTester.of(new ManagedResourceMissingLive(), getClass()).addTerraformLines("main.tf",
            ONLY_REDIS.replace("# BUG:", "# not judged:"))
        .withStateText(STATE).withLiveSnapshotText("[" + NETWORK + "]")
        .expectNotEvaluated("google_redis_instance.only: whether it still exists: no live Memorystore for Redis instance "
            + "data was read for project acme");
  }

  @Test
  void missingConnector_namesTheLiveServicesThatStillUseIt() {
    RuleTester.of(new ManagedResourceMissingLive(), getClass()).addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "gone" {
          # BUG: Finding contains: google_vpc_access_connector.gone is in Terraform's state but does not exist live (acme/us-central1); live workloads still use it: projects/acme/locations/us-central1/services/jobs; it was deleted outside Terraform
          name          = "gone"
          network       = "vpc"
          ip_cidr_range = "10.7.0.0/28"
        }
        resource "google_vpc_access_connector" "conn" {
          name          = "conn"
          network       = "vpc"
          ip_cidr_range = "10.1.0.0/28"
        }
        """).withState("state.json").withLiveSnapshotText("""
        [{"name": "//vpcaccess.googleapis.com/projects/acme/locations/us-central1/connectors/conn",
          "assetType": "vpcaccess.googleapis.com/Connector",
          "resource": {"data": {"name": "projects/acme/locations/us-central1/connectors/conn", "network": "vpc",
            "ipCidrRange": "10.1.0.0/28", "state": "READY"}}},
         {"name": "//run.googleapis.com/projects/acme/locations/us-central1/services/api",
          "assetType": "run.googleapis.com/Service",
          "resource": {"data": {"name": "projects/acme/locations/us-central1/services/api",
            "template": {"vpcAccess": {"connector": "projects/acme/locations/us-central1/connectors/conn"},
              "containers": [{"image": "us-docker.pkg.dev/cloudrun/container/hello"}]}}}},
         {"name": "//run.googleapis.com/projects/acme/locations/us-central1/services/jobs",
          "assetType": "run.googleapis.com/Service",
          "resource": {"data": {"name": "projects/acme/locations/us-central1/services/jobs",
            "template": {"vpcAccess": {"connector": "projects/acme/locations/us-central1/connectors/gone"},
              "containers": [{"image": "us-docker.pkg.dev/cloudrun/container/hello"}]}}}},
         {"name": "//vpcgate/coverage", "assetType": "vpcgate/Coverage",
          "resource": {"version": "1", "data": {"read": [
            {"kind": "vpc_connector", "project": "acme", "region": "us-central1"},
            {"kind": "cloud_run_service", "project": "acme", "region": "us-central1"}]}}}]""").expectMarkers();
  }
}
