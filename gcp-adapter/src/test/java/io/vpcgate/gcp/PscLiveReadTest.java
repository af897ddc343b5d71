package io.vpcgate.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.networkconnectivity.v1.ServiceConnectionPolicy;
import com.google.cloud.redis.cluster.v1.Cluster;
import com.google.cloud.redis.cluster.v1.DiscoveryEndpoint;
import com.google.cloud.redis.cluster.v1.PscConnection;
import io.vpcgate.engine.LiveGap;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisCluster;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.ValkeyInstance;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Memorystore for Redis Cluster and service connection policies read live: the real Google Cloud
 * clients against the in-process gRPC fakes, one list per API over every location ("-").
 */
class PscLiveReadTest {
  private static final String VPC = "projects/acme/global/networks/vpc";
  private FakeGcp gcp;

  @BeforeEach
  void start() throws Exception {
    gcp = new FakeGcp().project("acme", List.of("us-central1"), 1);
    for (String region : List.of("us-central1", "europe-west1")) {
      String loc = "projects/acme/locations/" + region;
      gcp.grpc.clusters.add(Cluster.newBuilder().setName(loc + "/clusters/cache-" + region).setShardCount(3)
          .setReplicaCount(1).setAuthorizationMode(com.google.cloud.redis.cluster.v1.AuthorizationMode.AUTH_MODE_IAM_AUTH)
          .addPscConfigs(com.google.cloud.redis.cluster.v1.PscConfig.newBuilder().setNetwork(VPC))
          .addDiscoveryEndpoints(DiscoveryEndpoint.newBuilder().setAddress("10.0.1.5").setPort(6379))
          .addPscConnections(PscConnection.newBuilder().setAddress("10.0.1.5").setNetwork(VPC))
          .addPscConnections(PscConnection.newBuilder().setAddress("10.0.1.6").setNetwork(VPC)).build());
      gcp.grpc.connectionPolicies.add(ServiceConnectionPolicy.newBuilder()
          .setName(loc + "/serviceConnectionPolicies/redis-" + region).setNetwork(VPC).setServiceClass("gcp-memorystore-redis")
          .setPscConfig(ServiceConnectionPolicy.PscConfig.newBuilder().addSubnetworks("projects/acme/regions/" + region + "/subnetworks/psc")
              .setLimit(5)).build());
      gcp.rest.valkey.add(CaiAsset.json(("{\"name\": \"%s/instances/valkey-%s\", \"mode\": \"CLUSTER\", "
          + "\"shardCount\": 1, \"endpoints\": [{\"connections\": [{\"pscAutoConnection\": {\"ipAddress\": "
          + "\"10.0.2.5\", \"port\": 6379, \"connectionType\": \"CONNECTION_TYPE_DISCOVERY\", \"network\": \"%s\", "
          + "\"projectId\": \"acme\"}}]}]}").formatted(loc, region, VPC)));
    }
  }

  @AfterEach
  void stop() {
    gcp.close();
  }

  private LiveRead read() {
    return gcp.reader().read(LiveRequest.project("acme", List.of()).withTimeouts(Duration.ofSeconds(5),
        Duration.ofSeconds(20)), Set.of());
  }

  @Test
  void clustersAndPolicies_listedOverEveryLocation_andMapped() {
    LiveRead read = read();
    assertEquals(List.of(), read.gaps());
    ResourceGraph g = read.graph();
    assertEquals(2, g.all(RedisCluster.class).size());
    RedisCluster c = g.all(RedisCluster.class).stream().filter(x -> x.id().regionOr("").equals("europe-west1"))
        .findFirst().orElseThrow();
    assertEquals(Attr.known("cache-europe-west1"), c.id().name());
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), c.network());
    assertEquals(List.of(new DataStore.Endpoint(Attr.known("10.0.1.5"), Attr.known(6379))), c.endpoints());
    assertEquals(Attr.known(List.of("10.0.1.5", "10.0.1.6")), c.pscConnectionAddresses());
    assertEquals(Attr.known("AUTH_MODE_IAM_AUTH"), c.authorizationMode());
    assertEquals(Attr.known(1), c.replicaCount());
    var policies = g.all(io.vpcgate.model.ServiceConnectionPolicy.class);
    assertEquals(2, policies.size());
    var p = policies.stream().filter(x -> x.id().regionOr("").equals("us-central1")).findFirst().orElseThrow();
    assertEquals(Attr.known("gcp-memorystore-redis"), p.serviceClass());
    assertEquals(Attr.known(5), p.limit(), "an int64 printed as a JSON string");
    assertEquals(Attr.known(List.of("projects/acme/regions/us-central1/subnetworks/psc")), p.subnetworks());
    assertEquals(List.of("ListClusters projects/acme/locations/- token=",
        "ListServiceConnectionPolicies projects/acme/locations/- token="), gcp.grpc.requests.stream().sorted().toList());
    var coverage = read.snapshot().coverage();
    assertTrue(coverage.covers("redis_cluster", "acme", "asia-east1"), "listed over every region at once: " + coverage);
    assertTrue(coverage.covers("service_connection_policy", "acme", "asia-east1"), coverage.toString());
    assertTrue(coverage.covers("valkey_instance", "acme", "asia-east1"), coverage.toString());
  }

  @Test
  void valkey_listedWithPlainGets_overEveryLocation_andMapped() {
    ResourceGraph g = read().graph();
    assertEquals(2, g.all(ValkeyInstance.class).size());
    ValkeyInstance v = g.all(ValkeyInstance.class).stream().filter(x -> x.id().regionOr("").equals("us-central1"))
        .findFirst().orElseThrow();
    assertEquals(Attr.known("valkey-us-central1"), v.id().name());
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), v.network());
    assertEquals(List.of(new DataStore.Endpoint(Attr.known("10.0.2.5"), Attr.known(6379))), v.endpoints());
    assertEquals(Attr.known("CLUSTER"), v.mode());
    assertTrue(gcp.behaviour.called().contains("GET /v1/projects/acme/locations/-/instances"),
        gcp.behaviour.called().toString());
    assertTrue(!gcp.rest.valkeyQueries.isEmpty() && gcp.rest.valkeyQueries.stream().allMatch(q -> q.contains("pageSize=")),
        gcp.rest.valkeyQueries.toString());
  }

  @Test
  void valkey_pagesAreFollowed() {
    gcp.behaviour.maxPage = 1;
    assertEquals(2, read().graph().all(ValkeyInstance.class).size());
    assertTrue(gcp.rest.valkeyQueries.stream().anyMatch(q -> q.contains("pageToken=1")), gcp.rest.valkeyQueries.toString());
  }

  @Test
  void valkey_retries503_thenSucceeds() {
    gcp.behaviour.fail("/locations/-/instances", 503);
    LiveRead read = read();
    assertEquals(List.of(), read.gaps());
    assertEquals(2, read.graph().all(ValkeyInstance.class).size());
  }

  @Test
  void valkey_permissionDenied_isAGapNamingTheRole() {
    gcp.behaviour.fail("/locations/-/instances", 403, 403, 403, 403);
    LiveRead denied = read();
    assertEquals(1, denied.gaps().size(), denied.gaps().toString());
    String message = denied.gaps().get(0).message();
    assertTrue(message.contains("cannot list Memorystore for Valkey instances in acme"), message);
    assertTrue(message.contains("roles/memorystore.viewer"), message);
    assertFalse(denied.snapshot().coverage().coversAnyRegion("valkey_instance", "acme"));
  }

  @Test
  void valkey_malformedAnswer_isAGap_notAnEmptyList() {
    gcp.behaviour.malform("/locations/-/instances");
    LiveRead read = read();
    assertEquals(1, read.gaps().size(), read.gaps().toString());
    assertTrue(read.graph().all(ValkeyInstance.class).isEmpty());
  }

  @Test
  void pagesAreFollowed_withTheServersToken() {
    gcp.behaviour.maxPage = 1;
    ResourceGraph g = read().graph();
    assertEquals(2, g.all(RedisCluster.class).size());
    assertEquals(2, g.all(io.vpcgate.model.ServiceConnectionPolicy.class).size());
    assertTrue(gcp.grpc.requests.contains("ListClusters projects/acme/locations/- token=1"), gcp.grpc.requests.toString());
    assertTrue(gcp.grpc.requests.contains("ListServiceConnectionPolicies projects/acme/locations/- token=1"),
        gcp.grpc.requests.toString());
  }

  @Test
  void namedRegions_areListedOneByOne() {
    LiveRead read = gcp.reader().read(LiveRequest.project("acme", List.of("europe-west1")), Set.of());
    assertEquals(1, read.graph().all(RedisCluster.class).size());
    assertTrue(gcp.grpc.requests.contains("ListClusters projects/acme/locations/europe-west1 token="),
        gcp.grpc.requests.toString());
  }

  @Test
  void permissionDenied_isAGapNamingTheNetworkConnectivityRole() {
    gcp.behaviour.fail("CrossNetworkAutomationService/ListServiceConnectionPolicies", 7, 7, 7, 7);
    LiveRead read = read();
    assertEquals(1, read.gaps().size(), read.gaps().toString());
    LiveGap gap = read.gaps().get(0);
    assertTrue(gap.message().contains("cannot list service connection policies in acme: PERMISSION_DENIED; perhaps you "
        + "should grant roles/networkconnectivity.viewer"), gap.message());
    assertFalse(read.snapshot().coverage().coversAnyRegion("service_connection_policy", "acme"),
        "what could not be read is not covered");
    assertEquals(2, read.graph().all(RedisCluster.class).size());
  }
}
