package io.vpcgate.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.alloydb.v1.Cluster;
import com.google.cloud.alloydb.v1.Instance;
import com.google.cloud.memcache.v1.MemcacheVersion;
import io.vpcgate.engine.LiveGap;
import io.vpcgate.model.AlloyDbCluster;
import io.vpcgate.model.AlloyDbInstance;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.DnsManagedZone;
import io.vpcgate.model.DnsRecordSet;
import io.vpcgate.model.MemcacheInstance;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceGraph;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AlloyDB (clusters and instances), the forwarding rules of PSC endpoints, Memorystore for Memcached and
 * Cloud DNS (zones and their record sets) read by the real clients from the fakes: what each request asked for, paging, failures as gaps.
 */
class DataStoreLiveReadTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private FakeGcp gcp;

  @BeforeEach
  void start() throws Exception {
    gcp = new FakeGcp();
    String psa = "projects/acme/locations/us-central1/clusters/orders";
    String psc = "projects/acme/locations/europe-west1/clusters/billing";
    gcp.grpc.alloyDbClusters.add(Cluster.newBuilder().setName(psa)
        .setNetworkConfig(Cluster.NetworkConfig.newBuilder().setNetwork("projects/123456/global/networks/vpc")
            .setAllocatedIpRange("alloydb-range")).build());
    gcp.grpc.alloyDbClusters.add(Cluster.newBuilder().setName(psc)
        .setPscConfig(com.google.cloud.alloydb.v1.Cluster.PscConfig.newBuilder().setPscEnabled(true)).build());
    gcp.grpc.alloyDbInstances.add(Instance.newBuilder().setName(psa + "/instances/orders-primary")
        .setInstanceType(Instance.InstanceType.PRIMARY).setIpAddress("10.60.0.2")
        .putDatabaseFlags("max_connections", "500").build());
    gcp.grpc.alloyDbInstances.add(Instance.newBuilder().setName(psc + "/instances/billing-primary")
        .setInstanceType(Instance.InstanceType.PRIMARY)
        .setPscInstanceConfig(Instance.PscInstanceConfig.newBuilder()
            .setServiceAttachmentLink("projects/987/regions/europe-west1/serviceAttachments/sa-1")
            .addAllowedConsumerProjects("111111").setPscDnsName("abc.def.europe-west1.alloydb-psc.goog.")).build());
    gcp.grpc.memcache.add(com.google.cloud.memcache.v1.Instance.newBuilder()
        .setName("projects/acme/locations/us-central1/instances/sessions")
        .setAuthorizedNetwork("projects/acme/global/networks/vpc").setNodeCount(1)
        .setMemcacheVersion(MemcacheVersion.MEMCACHE_1_5).setDiscoveryEndpoint("10.70.0.5:11211")
        .addMemcacheNodes(com.google.cloud.memcache.v1.Instance.Node.newBuilder().setNodeId("node-1").setHost("10.70.0.3")
            .setPort(11211)).build());
    gcp.rest.forwardingRules.put("europe-west1", new java.util.ArrayList<>(List.of(FakeGcp.json(
        com.google.cloud.compute.v1.ForwardingRule.newBuilder().setName("alloydb-billing").setIPAddress("10.0.0.9")
            .setNetwork(FakeGcp.COMPUTE + "projects/acme/global/networks/vpc").setLoadBalancingScheme("")
            .setTarget(FakeGcp.COMPUTE + "projects/987/regions/europe-west1/serviceAttachments/sa-1")
            .setSelfLink(FakeGcp.COMPUTE + "projects/acme/regions/europe-west1/forwardingRules/alloydb-billing").build()))));
    gcp.rest.dnsZones.add(json("""
        {"kind": "dns#managedZone", "name": "internal", "dnsName": "acme.internal.", "visibility": "private",
         "privateVisibilityConfig": {"networks": [{"networkUrl": "https://www.googleapis.com/compute/v1/projects/acme/global/networks/vpc"}]}}"""));
    gcp.rest.dnsZones.add(json("""
        {"kind": "dns#managedZone", "name": "public", "dnsName": "acme.example.com.", "visibility": "public"}"""));
    gcp.rest.dnsRecordSets.put("internal", new java.util.ArrayList<>(List.of(
        json("{\"name\": \"acme.internal.\", \"type\": \"SOA\", \"ttl\": 21600, \"rrdatas\": [\"ns-gcp-private.googledomains.com. x 1 21600 3600 259200 300\"]}"),
        json("{\"name\": \"redis.acme.internal.\", \"type\": \"A\", \"ttl\": 300, \"rrdatas\": [\"10.0.0.3\"]}"),
        json("{\"name\": \"db.acme.internal.\", \"type\": \"A\", \"ttl\": 300, \"rrdatas\": [\"10.60.0.2\"]}"))));
  }

  @AfterEach
  void stop() {
    gcp.close();
  }

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private LiveRead read(List<String> regions) {
    return gcp.reader().read(LiveRequest.project("acme", regions).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20)),
        Set.of());
  }

  @Test
  void everyLocationAtOnce_andEveryClusterAtOnce_eachRequestAsked() {
    LiveRead read = read(List.of());
    assertEquals(List.of(), read.gaps());
    assertTrue(gcp.grpc.parents.containsAll(List.of("AlloyDBAdmin/ListClusters projects/acme/locations/-",
        "AlloyDBAdmin/ListInstances projects/acme/locations/-/clusters/-",
        "CloudMemcache/ListInstances projects/acme/locations/-")), gcp.grpc.parents.toString());
    assertTrue(gcp.behaviour.called().containsAll(List.of("GET /dns/v1/projects/acme/managedZones",
        "GET /dns/v1/projects/acme/managedZones/internal/rrsets", "GET /dns/v1/projects/acme/managedZones/public/rrsets")),
        gcp.behaviour.called().toString());

    ResourceGraph g = read.graph();
    AlloyDbCluster orders = g.all(AlloyDbCluster.class).stream().filter(c -> c.id().nameOr("").equals("orders")).findFirst().get();
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), orders.network(), "the project number reads as the cluster's project");
    assertEquals(Attr.known("us-central1"), orders.id().region());
    AlloyDbInstance primary = g.all(AlloyDbInstance.class).stream().filter(i -> i.instanceId().equals("orders-primary")).findFirst().get();
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_ACCESS), primary.attachment());
    assertTrue(primary.inCluster(orders));
    assertEquals(Attr.known(java.util.Map.of("max_connections", "500")), primary.databaseFlags());
    AlloyDbInstance billing = g.all(AlloyDbInstance.class).stream().filter(i -> i.instanceId().equals("billing-primary")).findFirst().get();
    assertEquals(Attr.known("projects/987/regions/europe-west1/serviceAttachments/sa-1"), billing.serviceAttachmentLink());
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_CONNECT), billing.attachment());

    io.vpcgate.model.ForwardingRule endpoint = g.all(io.vpcgate.model.ForwardingRule.class).get(0);
    assertTrue(endpoint.targets(billing.serviceAttachmentLink().known().get()), "the PSC endpoint of billing-primary");
    assertEquals(Attr.known("europe-west1"), endpoint.id().region());
    assertEquals(Attr.known("10.0.0.9"), endpoint.ipAddress());
    assertTrue(gcp.behaviour.called().contains("GET /compute/v1/projects/acme/aggregated/forwardingRules"),
        gcp.behaviour.called().toString());

    MemcacheInstance sessions = g.all(MemcacheInstance.class).get(0);
    assertEquals(List.of(new DataStore.Endpoint(Attr.known("10.70.0.3"), Attr.known(11211))), sessions.endpoints());
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), sessions.network());

    DnsManagedZone internal = g.all(DnsManagedZone.class).stream().filter(z -> z.id().nameOr("").equals("internal")).findFirst().get();
    assertEquals(Optional.of(true), internal.visibleTo(new NetworkRef("acme", "vpc")));
    assertEquals(3, g.all(DnsRecordSet.class).size());
    assertTrue(g.all(DnsRecordSet.class).stream().anyMatch(r -> r.inZone(internal) && r.answers("redis.acme.internal")));

    var coverage = read.snapshot().coverage();
    assertTrue(coverage.covers(DnsRecordSet.KIND, "acme", "global"), "record sets are read with their zones: " + coverage);
    assertTrue(coverage.covers(AlloyDbInstance.KIND, "acme", "asia-east1"), "every region at once: " + coverage);
  }

  @Test
  void namedRegions_areListedOneByOne() {
    LiveRead read = read(List.of("europe-west1"));
    assertTrue(gcp.grpc.parents.containsAll(List.of("AlloyDBAdmin/ListClusters projects/acme/locations/europe-west1",
        "AlloyDBAdmin/ListInstances projects/acme/locations/europe-west1/clusters/-",
        "CloudMemcache/ListInstances projects/acme/locations/europe-west1")), gcp.grpc.parents.toString());
    assertEquals(List.of("billing"), read.graph().all(AlloyDbCluster.class).stream().map(c -> c.id().nameOr("")).toList());
    assertTrue(read.graph().all(MemcacheInstance.class).isEmpty());
  }

  @Test
  void pagesAreFollowed() {
    gcp.behaviour.maxPage = 1;
    ResourceGraph g = read(List.of()).graph();
    assertEquals(2, g.all(AlloyDbCluster.class).size());
    assertEquals(2, g.all(AlloyDbInstance.class).size());
    assertEquals(2, g.all(DnsManagedZone.class).size());
    assertEquals(3, g.all(DnsRecordSet.class).size());
    assertTrue(gcp.behaviour.called().stream().filter(m -> m.equals("GET /dns/v1/projects/acme/managedZones/internal/rrsets"))
        .count() >= 3, "three record sets in pages of one: " + gcp.behaviour.called());
  }

  @Test
  void permissionDenied_isAGapNamingTheRole_andLeavesTheKindUncovered() {
    gcp.behaviour.fail("AlloyDBAdmin/ListClusters", 7).fail("GET /dns/v1/projects/acme/managedZones", 403)
        .fail("aggregated/forwardingRules", 403);
    LiveRead read = read(List.of());
    List<String> gaps = read.gaps().stream().map(LiveGap::message).toList();
    assertTrue(gaps.stream().anyMatch(m -> m.contains("cannot list AlloyDB clusters in acme: PERMISSION_DENIED; perhaps you "
        + "should grant roles/alloydb.viewer")), gaps.toString());
    assertTrue(gaps.stream().anyMatch(m -> m.contains("cannot list Cloud DNS zones and record sets in acme: PERMISSION_DENIED; "
        + "perhaps you should grant roles/dns.reader")), gaps.toString());
    assertTrue(gaps.stream().anyMatch(m -> m.contains("cannot list forwarding rules in acme: PERMISSION_DENIED; perhaps you "
        + "should grant roles/compute.networkViewer")), gaps.toString());
    var coverage = read.snapshot().coverage();
    assertFalse(coverage.coversAnyRegion(io.vpcgate.model.ForwardingRule.KIND, "acme"));
    assertFalse(coverage.coversAnyRegion(AlloyDbCluster.KIND, "acme"));
    assertFalse(coverage.coversAnyRegion(DnsRecordSet.KIND, "acme"), "no zones read, no record sets either");
    assertTrue(coverage.coversAnyRegion(AlloyDbInstance.KIND, "acme") && coverage.coversAnyRegion(MemcacheInstance.KIND, "acme"));
    assertEquals(1, read.graph().all(MemcacheInstance.class).size());
  }

  @Test
  void dnsRetries503_thenSucceeds() {
    gcp.behaviour.fail("GET /dns/v1/projects/acme/managedZones/internal/rrsets", 503, 429);
    LiveRead read = read(List.of());
    assertEquals(List.of(), read.gaps());
    assertEquals(3, read.graph().all(DnsRecordSet.class).size());
  }

  @Test
  void snapshotWritten_readsBackTheSame() {
    LiveRead read = read(List.of());
    ResourceGraph back = io.vpcgate.input.snapshot.SnapshotReader.parse(SnapshotWriter.render(read), "live.json");
    assertEquals(read.graph().all(AlloyDbInstance.class).size(), back.all(AlloyDbInstance.class).size());
    assertEquals(3, back.all(DnsRecordSet.class).size());
    assertEquals(1, back.all(MemcacheInstance.class).size());
  }
}
