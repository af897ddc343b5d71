package io.vpcgate.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.plan.PlanReader;
import io.vpcgate.input.snapshot.Snapshot;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.state.StateGraph;
import io.vpcgate.input.state.StateReader;
import io.vpcgate.input.terraform.TerraformMapper;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.input.terraform.TerraformReader;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.PscConsumer;
import io.vpcgate.model.RedisCluster;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.ServiceConnectionPolicy;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.ValkeyInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Private Service Connect data stores and their policies, from HCL, a plan, a state and a Cloud Asset export. */
class PscKindsTest {
  private static final NetworkRef VPC = new NetworkRef("acme", "vpc");
  @TempDir Path dir;

  private ResourceGraph hcl(String text) throws IOException {
    Files.writeString(dir.resolve("main.tf"), text);
    return TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE));
  }

  private static ResourceGraph assets(String... assets) {
    Snapshot read = SnapshotReader.parseSnapshot("[" + String.join(",", assets) + "]", "live.json", true);
    return read.graph();
  }

  @Test
  void hcl_allThreeKindsAndCloudSqlPsc() throws IOException {
    ResourceGraph g = hcl("""
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_compute_network" "vpc" { name = "vpc" }
        resource "google_compute_subnetwork" "psc" {
          name          = "psc"
          network       = google_compute_network.vpc.id
          ip_cidr_range = "10.0.0.248/29"
        }
        resource "google_network_connectivity_service_connection_policy" "redis" {
          name          = "redis"
          location      = "us-central1"
          service_class = "gcp-memorystore-redis"
          network       = google_compute_network.vpc.id
          psc_config {
            subnetworks = [google_compute_subnetwork.psc.id]
            limit       = 4
          }
        }
        resource "google_redis_cluster" "cache" {
          name        = "cache"
          shard_count = 3
          psc_configs {
            network = google_compute_network.vpc.id
          }
          authorization_mode = "AUTH_MODE_IAM_AUTH"
        }
        resource "google_memorystore_instance" "valkey" {
          instance_id = "valkey"
          location    = "us-central1"
          shard_count = 1
          mode        = "CLUSTER_DISABLED"
          desired_auto_created_endpoints {
            network    = google_compute_network.vpc.id
            project_id = "acme-app"
          }
        }
        resource "google_sql_database_instance" "pg" {
          name             = "pg"
          database_version = "POSTGRES_15"
          settings {
            tier = "db-f1-micro"
            ip_configuration {
              ipv4_enabled = false
              psc_config {
                psc_enabled               = true
                allowed_consumer_projects = ["acme"]
                psc_auto_connections {
                  consumer_network            = google_compute_network.vpc.id
                  consumer_service_project_id = "acme"
                }
              }
            }
          }
        }
        """);
    ServiceConnectionPolicy policy = g.all(ServiceConnectionPolicy.class).get(0);
    assertEquals(Attr.known(VPC), policy.network());
    assertEquals(Attr.known("gcp-memorystore-redis"), policy.serviceClass());
    assertEquals(Attr.known("us-central1"), policy.id().region());
    assertEquals(Attr.known(List.of("projects/acme/regions/us-central1/subnetworks/psc")), policy.subnetworks());
    assertEquals(Attr.known(4), policy.limit());
    assertEquals("main.tf:17", io.vpcgate.engine.RuleContext.at(policy, ServiceConnectionPolicy.SUBNETWORKS).toString());

    RedisCluster cluster = g.all(RedisCluster.class).get(0);
    assertEquals(Attr.known(List.of(new PscConsumer(Attr.known(VPC), Attr.known("acme")))), cluster.autoConnections());
    assertEquals(Attr.known(VPC), cluster.network());
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_CONNECT), cluster.attachment());
    assertTrue(cluster.endpoints().get(0).host().isUnknown(), "the discovery endpoint is known after apply");
    assertEquals(Attr.known("AUTH_MODE_IAM_AUTH"), cluster.authorizationMode());
    assertEquals(Attr.known("TRANSIT_ENCRYPTION_MODE_DISABLED"), cluster.transitEncryptionMode());
    assertEquals(Attr.known(3), cluster.shardCount());
    assertEquals("gcp-memorystore-redis", cluster.serviceClass());

    ValkeyInstance valkey = g.all(ValkeyInstance.class).get(0);
    assertEquals(Attr.known("valkey"), valkey.id().name());
    assertEquals(Attr.known("us-central1"), valkey.id().region());
    assertEquals(Attr.known(List.of(new PscConsumer(Attr.known(VPC), Attr.known("acme-app")))), valkey.autoConnections());
    assertEquals(Attr.known("CLUSTER_DISABLED"), valkey.mode());
    assertEquals("gcp-memorystore", valkey.serviceClass());

    SqlInstance pg = g.all(SqlInstance.class).get(0);
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_CONNECT), pg.attachment());
    assertEquals(Attr.known(List.of(new PscConsumer(Attr.known(VPC), Attr.known("acme")))), pg.autoConnections());
    assertEquals(Attr.known(List.of("acme")), pg.allowedConsumerProjects());
    assertEquals("google-cloud-sql", pg.serviceClass());
  }

  @Test
  void hcl_deprecatedValkeyBlock_andNetworkFromAVariableWithoutValue() throws IOException {
    ResourceGraph g = hcl("""
        variable "net" {}
        resource "google_memorystore_instance" "old" {
          project     = "acme"
          instance_id = "old"
          location    = "europe-west1"
          shard_count = 1
          desired_psc_auto_connections {
            network    = "projects/acme/global/networks/vpc"
            project_id = "acme"
          }
        }
        resource "google_redis_cluster" "unknown" {
          name        = "unknown"
          region      = "europe-west1"
          shard_count = 1
          psc_configs {
            network = var.net
          }
        }
        """);
    assertEquals(Attr.known(VPC), g.all(ValkeyInstance.class).get(0).network());
    RedisCluster unknown = g.all(RedisCluster.class).get(0);
    assertTrue(unknown.network().isUnknown(), unknown.network().toString());
    assertTrue(unknown.autoConnections().known().orElseThrow().get(0).network().isUnknown());
  }

  @Test
  void plan_discoveryEndpointsUnknownAfterApply() {
    String plan = """
        {"format_version": "1.2", "resource_changes": [
          {"address": "google_redis_cluster.cache", "mode": "managed", "type": "google_redis_cluster", "name": "cache",
           "change": {"actions": ["create"], "before": null,
             "after": {"name": "cache", "project": "acme", "region": "us-central1", "shard_count": 3,
               "psc_configs": [{"network": "projects/acme/global/networks/vpc"}], "transit_encryption_mode":
               "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"},
             "after_unknown": {"discovery_endpoints": true, "psc_connections": true}}},
          {"address": "google_network_connectivity_service_connection_policy.p", "mode": "managed",
           "type": "google_network_connectivity_service_connection_policy", "name": "p",
           "change": {"actions": ["create"], "before": null,
             "after": {"name": "p", "project": "acme", "location": "us-central1", "service_class": "gcp-memorystore-redis",
               "network": "projects/acme/global/networks/vpc", "psc_config": [{"limit": null}]},
             "after_unknown": {"psc_config": [{"subnetworks": true}]}}}]}""";
    ResourceGraph g = TerraformMapper.toGraph(PlanReader.parse(plan, "plan.json", Optional.empty()));
    RedisCluster cluster = g.all(RedisCluster.class).get(0);
    assertTrue(cluster.discoveryEndpoints().isUnknown());
    assertTrue(cluster.pscConnectionAddresses().isUnknown());
    assertEquals(Attr.known(VPC), cluster.network());
    assertEquals(Attr.known("TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"), cluster.transitEncryptionMode());
    ServiceConnectionPolicy p = g.all(ServiceConnectionPolicy.class).get(0);
    assertTrue(p.subnetworks().isUnknown(), "subnetworks from a subnet created in the same apply: " + p.subnetworks());
    assertTrue(p.limit().isAbsent());
  }

  @Test
  void state_discoveryEndpointsAndValkeyConnections() {
    String state = """
        {"format_version": "1.0", "values": {"root_module": {"resources": [
          {"address": "google_redis_cluster.cache", "mode": "managed", "type": "google_redis_cluster", "name": "cache",
           "values": {"name": "cache", "project": "acme", "region": "us-central1", "shard_count": 3,
             "psc_configs": [{"network": "projects/acme/global/networks/vpc"}],
             "discovery_endpoints": [{"address": "10.0.0.250", "port": 6379,
               "psc_config": [{"network": "projects/acme/global/networks/vpc"}]}],
             "psc_connections": [{"address": "10.0.0.250", "network": "projects/acme/global/networks/vpc"},
               {"address": "10.0.0.251", "network": "projects/acme/global/networks/vpc"}]}},
          {"address": "google_memorystore_instance.v", "mode": "managed", "type": "google_memorystore_instance", "name": "v",
           "values": {"instance_id": "v", "project": "acme", "location": "us-central1", "mode": "CLUSTER",
             "desired_auto_created_endpoints": [], "desired_psc_auto_connections": [],
             "endpoints": [{"connections": [{"psc_auto_connection": [
               {"ip_address": "10.0.0.252", "port": 6379, "connection_type": "CONNECTION_TYPE_DISCOVERY",
                "network": "projects/acme/global/networks/vpc", "project_id": "acme"},
               {"ip_address": "10.0.0.253", "port": 6379, "connection_type": "CONNECTION_TYPE_PRIMARY",
                "network": "projects/acme/global/networks/vpc", "project_id": "acme"}]}]}]}}]}}}""";
    ResourceGraph g = StateGraph.of(StateReader.parse(state, "state.json"));
    RedisCluster cluster = g.all(RedisCluster.class).get(0);
    assertEquals(List.of(new DataStore.Endpoint(Attr.known("10.0.0.250"), Attr.known(6379))), cluster.endpoints());
    assertEquals(Attr.known(List.of("10.0.0.250", "10.0.0.251")), cluster.pscConnectionAddresses());
    ValkeyInstance v = g.all(ValkeyInstance.class).get(0);
    assertEquals(List.of(new DataStore.Endpoint(Attr.known("10.0.0.252"), Attr.known(6379))), v.endpoints());
    assertEquals(Attr.known(VPC), v.network(), "an imported instance: its network from the connections");
  }

  @Test
  void cloudAssetExport_allThreeKindsAndCloudSqlPsc() {
    ResourceGraph g = assets("""
        {"name": "//redis.googleapis.com/projects/acme/locations/us-central1/clusters/cache",
         "assetType": "redis.googleapis.com/Cluster", "resource": {"version": "v1", "location": "us-central1", "data": {
           "name": "projects/acme/locations/us-central1/clusters/cache", "shardCount": 3, "replicaCount": 1,
           "authorizationMode": "AUTH_MODE_IAM_AUTH", "pscConfigs": [{"network": "projects/acme/global/networks/vpc"}],
           "discoveryEndpoints": [{"address": "10.0.0.250", "port": 6379,
             "pscConfig": {"network": "projects/acme/global/networks/vpc"}}],
           "pscConnections": [{"address": "10.0.0.250", "network": "projects/acme/global/networks/vpc"}]}}}""", """
        {"name": "//memorystore.googleapis.com/projects/acme/locations/us-central1/instances/valkey",
         "assetType": "memorystore.googleapis.com/Instance", "resource": {"version": "v1", "location": "us-central1",
           "data": {"name": "projects/acme/locations/us-central1/instances/valkey", "mode": "CLUSTER", "shardCount": 1,
             "endpoints": [{"connections": [{"pscAutoConnection": {"ipAddress": "10.0.0.252", "port": 6379,
               "connectionType": "CONNECTION_TYPE_DISCOVERY", "network": "projects/acme/global/networks/vpc",
               "projectId": "acme"}}]}]}}}""", """
        {"name": "//networkconnectivity.googleapis.com/projects/acme/locations/us-central1/serviceConnectionPolicies/redis",
         "assetType": "networkconnectivity.googleapis.com/ServiceConnectionPolicy", "resource": {"version": "v1",
           "location": "us-central1", "data": {"name": "projects/acme/locations/us-central1/serviceConnectionPolicies/redis",
             "network": "projects/acme/global/networks/vpc", "serviceClass": "gcp-memorystore-redis",
             "pscConfig": {"subnetworks": ["projects/acme/regions/us-central1/subnetworks/psc"], "limit": "4"}}}}""", """
        {"name": "//cloudsql.googleapis.com/projects/acme/instances/pg", "assetType": "sqladmin.googleapis.com/Instance",
         "resource": {"version": "v1beta4", "location": "us-central1", "data": {"name": "pg", "project": "acme",
           "region": "us-central1", "databaseVersion": "POSTGRES_15", "settings": {"ipConfiguration": {"ipv4Enabled": false,
             "pscConfig": {"pscEnabled": true, "allowedConsumerProjects": ["acme"], "pscAutoConnections": [
               {"consumerNetwork": "projects/acme/global/networks/vpc", "consumerProject": "acme"}]}}}}}}""");
    RedisCluster cluster = g.all(RedisCluster.class).get(0);
    assertEquals(Attr.known("cache"), cluster.id().name());
    assertEquals(Attr.known("us-central1"), cluster.id().region());
    assertEquals(Attr.known(VPC), cluster.network());
    assertEquals("Redis Cluster projects/acme/locations/us-central1/clusters/cache (10.0.0.250:6379)", cluster.describe());
    ValkeyInstance valkey = g.all(ValkeyInstance.class).get(0);
    assertEquals(Attr.known("valkey"), valkey.id().name());
    assertEquals(List.of(new DataStore.Endpoint(Attr.known("10.0.0.252"), Attr.known(6379))), valkey.endpoints());
    assertEquals(Attr.known(VPC), valkey.network());
    ServiceConnectionPolicy policy = g.all(ServiceConnectionPolicy.class).get(0);
    assertEquals(Attr.known(4), policy.limit());
    assertEquals(Optional.of("us-central1"), ServiceConnectionPolicy.subnetworkRegion(policy.subnetworks().known().get().get(0)));
    SqlInstance pg = g.all(SqlInstance.class).get(0);
    assertEquals(Attr.known(List.of(new PscConsumer(Attr.known(VPC), Attr.known("acme")))), pg.autoConnections());
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_CONNECT), pg.attachment());
    assertTrue(Kinds.assetTypes().containsAll(List.of("redis.googleapis.com/Cluster", "memorystore.googleapis.com/Instance",
        "networkconnectivity.googleapis.com/ServiceConnectionPolicy")));
  }

  @Test
  void cloudSqlWithoutPsc_hasNoAutoConnections_andKeepsItsAttachment() throws IOException {
    ResourceGraph g = hcl("""
        resource "google_sql_database_instance" "pg" {
          name             = "pg"
          project          = "acme"
          region           = "us-central1"
          database_version = "POSTGRES_15"
          settings {
            tier = "db-f1-micro"
            ip_configuration {
              ipv4_enabled    = false
              private_network = "projects/acme/global/networks/vpc"
            }
          }
        }
        """);
    SqlInstance pg = g.all(SqlInstance.class).get(0);
    assertEquals(Attr.known(List.of()), pg.autoConnections());
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_ACCESS), pg.attachment());
    assertEquals(Attr.known(VPC), pg.network());
  }

  @Test
  void valkeyUserCreatedDiscoveryConnection_isAnEndpoint_butNoAutoConnection() {
    ResourceGraph g = assets("""
        {"name": "//memorystore.googleapis.com/projects/acme/locations/us-central1/instances/byo",
         "assetType": "memorystore.googleapis.com/Instance", "resource": {"version": "v1", "location": "us-central1",
           "data": {"name": "projects/acme/locations/us-central1/instances/byo", "mode": "CLUSTER_DISABLED",
             "endpoints": [{"connections": [{"pscConnection": {"ipAddress": "10.0.3.5", "port": 6379,
               "connectionType": "CONNECTION_TYPE_DISCOVERY", "network": "projects/acme/global/networks/vpc"}}]}]}}}""");
    ValkeyInstance v = g.all(ValkeyInstance.class).get(0);
    assertEquals(List.of(new DataStore.Endpoint(Attr.known("10.0.3.5"), Attr.known(6379))), v.endpoints());
    assertEquals(Attr.known(List.of()), v.autoConnections(), "user-created endpoints need no service connection policy");
  }

  @Test
  void forceNew_immutableFieldsOfTheClusterAndTheInstance() throws IOException {
    String cluster = """
        resource "google_redis_cluster" "c" {
          project            = "acme"
          region             = "us-central1"
          name               = "c"
          shard_count        = 3
          authorization_mode = "%s"
          psc_configs {
            network = "projects/acme/global/networks/vpc"
          }
        }
        resource "google_memorystore_instance" "v" {
          project     = "acme"
          instance_id = "v"
          location    = "us-central1"
          shard_count = 1
          mode        = "%s"
        }
        """;
    ResourceGraph before = hcl(cluster.formatted("AUTH_MODE_DISABLED", "CLUSTER"));
    ResourceGraph after = hcl(cluster.formatted("AUTH_MODE_IAM_AUTH", "CLUSTER_DISABLED"));
    RedisCluster c = after.all(RedisCluster.class).get(0);
    assertEquals(List.of("authorization_mode AUTH_MODE_DISABLED -> AUTH_MODE_IAM_AUTH"), Kinds.forceNew(c).stream()
        .flatMap(f -> f.why(c, before.all(RedisCluster.class).get(0)).stream()).toList());
    ValkeyInstance v = after.all(ValkeyInstance.class).get(0);
    assertEquals(List.of("mode CLUSTER -> CLUSTER_DISABLED"), Kinds.forceNew(v).stream()
        .flatMap(f -> f.why(v, before.all(ValkeyInstance.class).get(0)).stream()).toList());
  }
}
