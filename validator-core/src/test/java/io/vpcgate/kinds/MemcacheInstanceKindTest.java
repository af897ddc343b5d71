package io.vpcgate.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.model.Attr;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.MemcacheInstance;
import io.vpcgate.model.NetworkRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memorystore for Memcached from HCL, a plan, a state and a Cloud Asset export; its network is replaced when changed. */
class MemcacheInstanceKindTest {
  @TempDir Path dir;

  @Test
  void hcl_unsetNetworkIsDefault_nodesKnownAfterApply() {
    MemcacheInstance m = KindFixtures.hcl(dir, """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_memcache_instance" "sessions" {
          name       = "sessions"
          node_count = 2
          node_config {
            cpu_count      = 1
            memory_size_mb = 1024
          }
          reserved_ip_range_id = ["memcache-range"]
        }
        """).all(MemcacheInstance.class).get(0);
    assertEquals(Attr.known(new NetworkRef("acme", "default")), m.authorizedNetwork());
    assertEquals(Attr.known(List.of("memcache-range")), m.reservedIpRangeIds());
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_ACCESS), m.attachment());
    assertTrue(m.endpoints().get(0).host().isUnknown());
    assertEquals("Memcached google_memcache_instance.sessions (2 nodes)", m.describe());
  }

  @Test
  void plan_andState_readTheNodes() {
    MemcacheInstance planned = KindFixtures.planCreating("google_memcache_instance.sessions", "google_memcache_instance", """
        {"name": "sessions", "region": "us-central1", "project": "acme", "node_count": 1,
         "authorized_network": "projects/acme/global/networks/vpc"}""", """
        {"memcache_nodes": true, "discovery_endpoint": true}""").all(MemcacheInstance.class).get(0);
    assertTrue(planned.nodes().isUnknown());
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), planned.network());
    MemcacheInstance applied = KindFixtures.state("google_memcache_instance.sessions", "google_memcache_instance", """
        {"name": "sessions", "region": "us-central1", "project": "acme", "node_count": 1,
         "authorized_network": "projects/acme/global/networks/vpc", "discovery_endpoint": "10.70.0.5:11211",
         "memcache_nodes": [{"node_id": "node-1", "host": "10.70.0.3", "port": 11211, "zone": "us-central1-a"}]}""")
        .all(MemcacheInstance.class).get(0);
    assertEquals(List.of(new DataStore.Endpoint(Attr.known("10.70.0.3"), Attr.known(11211))), applied.endpoints());
  }

  @Test
  void cloudAssetExport_andTheNetworkForcesANewInstance() {
    MemcacheInstance live = KindFixtures.exportLine("//memcache.googleapis.com/projects/acme/locations/us-central1/instances/sessions",
        "memcache.googleapis.com/Instance", "us-central1", """
        {"name": "projects/acme/locations/us-central1/instances/sessions", "authorizedNetwork": "projects/acme/global/networks/vpc",
         "nodeCount": 1, "memcacheNodes": [{"nodeId": "node-1", "host": "10.70.0.3", "port": 11211}],
         "discoveryEndpoint": "10.70.0.5:11211"}""").all(MemcacheInstance.class).get(0);
    assertEquals(Attr.known("us-central1"), live.id().region());
    assertEquals(Attr.known("10.70.0.3"), live.endpoints().get(0).host());
    MemcacheInstance moved = new MemcacheInstance(live.origin(), live.id(), Attr.known(new NetworkRef("acme", "other")),
        live.reservedIpRangeIds(), live.nodeCount(), live.nodes(), live.discoveryEndpoint());
    assertEquals(List.of("authorized_network vpc -> other"), Kinds.forceNew(moved).stream()
        .flatMap(f -> f.why(moved, live).stream()).toList());
  }
}
