package io.vpcgate.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.LiveGap;
import io.vpcgate.input.InputException;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.Firewall;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.Network;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.SharedVpcServiceProject;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.Router;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Google Cloud clients against fake servers: in-process gRPC and a loopback HTTP server. */
class GcpLiveReaderTest {
  private static final List<String> REGIONS = List.of("us-central1", "europe-west1");
  private FakeGcp gcp;

  @BeforeEach
  void start() throws Exception {
    gcp = new FakeGcp().project("acme", REGIONS, 3);
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
  void fullRead_everyKindInEveryRegion_mappedIntoTheModel() {
    LiveRead read = read();
    assertEquals(List.of(), read.gaps());
    ResourceGraph g = read.graph();
    assertEquals(6, g.all(CloudRunService.class).size());
    assertEquals(6, g.all(VpcConnector.class).size());
    assertEquals(6, g.all(RedisInstance.class).size());
    assertEquals(6, g.all(SqlInstance.class).size());
    assertEquals(6, g.all(Subnetwork.class).size());
    assertEquals(6, g.all(Router.class).size());
    assertEquals(1, g.all(Network.class).size());
    assertEquals(1, g.all(GlobalAddress.class).size());
    assertEquals(2, g.all(Firewall.class).size());

    CloudRunService svc = g.all(CloudRunService.class).stream().filter(s -> s.id().nameOr("").equals("svc-4")).findFirst().get();
    assertEquals(Attr.known("europe-west1"), svc.id().region());
    assertEquals(Attr.known("projects/acme/locations/europe-west1/connectors/conn-4"), svc.egress().connector());
    assertEquals(Attr.known("PRIVATE_RANGES_ONLY"), svc.egress().setting());
    assertEquals(Attr.known("jwt"), svc.containers().get(0).env().get(1).secret());
    assertTrue(svc.containers().get(0).env().get(1).fromSecret());
    VpcConnector conn = g.all(VpcConnector.class).get(0);
    assertEquals(Attr.known("READY"), conn.state());
    assertEquals(Attr.known(10), conn.maxInstances());
    RedisInstance redis = g.all(RedisInstance.class).get(0);
    assertEquals(Attr.known("DIRECT_PEERING"), redis.connectMode());
    assertEquals(Attr.known(6379), redis.port());
    assertEquals("servicenetworking-googleapis-com", g.all(Network.class).get(0).peerings().get(0).name());
    Firewall deny = g.all(Firewall.class).stream().filter(f -> f.id().nameOr("").equals("deny-egress")).findFirst().get();
    assertEquals(List.of("tcp:5432"), deny.denied());
    assertEquals(Attr.known("EGRESS"), deny.direction());
    Subnetwork sub0 = g.all(Subnetwork.class).stream().filter(s -> s.id().nameOr("").equals("sub-0")).findFirst().get();
    assertEquals(Attr.known("10.0.0.0/24"), sub0.ipCidrRange());
    assertEquals(List.of(Attr.known("172.16.0.0/24")), sub0.secondaryRanges());
    assertEquals(Attr.known("us-central1"), sub0.id().region());
    assertEquals(Attr.known("ALL_SUBNETWORKS_ALL_IP_RANGES"), g.all(Router.class).get(0).nats().get(0).sourceRanges());
  }

  @Test
  void runServices_labelsAndIngress_fromTheV2Client() {
    gcp.grpc.services.add(com.google.cloud.run.v2.Service.newBuilder()
        .setName("projects/acme/locations/us-central1/services/public-api")
        .setIngress(com.google.cloud.run.v2.IngressTraffic.INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER)
        .putLabels("env", "prod").putLabels("goog-terraform-provisioned", "true")
        .putLabels("cloud.googleapis.com/location", "us-central1")
        .setTemplate(com.google.cloud.run.v2.RevisionTemplate.newBuilder().putLabels("revision", "not-the-service's"))
        .build());
    ResourceGraph g = read().graph();
    CloudRunService api = g.all(CloudRunService.class).stream().filter(s -> s.id().nameOr("").equals("public-api"))
        .findFirst().orElseThrow();
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER), api.ingress());
    assertEquals(Attr.known(Map.of("env", "prod")), api.labels(), "Google's own keys and the template's labels left out");
    CloudRunService plain = g.all(CloudRunService.class).stream().filter(s -> s.id().nameOr("").equals("svc-0"))
        .findFirst().orElseThrow();
    assertEquals(Attr.known(Map.of()), plain.labels(), "a service without labels has none");
    assertEquals(Attr.absent(), plain.ingress(), "INGRESS_TRAFFIC_UNSPECIFIED is not printed: no setting");
  }

  @Test
  void sharedVpcHost_isReadWithGetXpnHost_andOnlyTheHostNameIsKept() {
    assertTrue(read().graph().all(SharedVpcServiceProject.class).isEmpty(), "a project attached to no host");
    gcp.rest.xpnHosts.put("acme", "acme-host");
    LiveRead read = read();
    assertEquals(List.of(), read.gaps());
    SharedVpcServiceProject link = read.graph().all(SharedVpcServiceProject.class).get(0);
    assertEquals(Attr.known("acme-host"), link.hostProject());
    assertEquals(Attr.known("acme"), link.id().name());
    assertTrue(read.snapshot().coverage().covers(SharedVpcServiceProject.KIND, "acme", "global"));
    String written = SnapshotWriter.render(read);
    assertTrue(written.contains("\"vpcgate/SharedVpcServiceProject\""), written);
    assertFalse(written.contains("host-metadata-never-kept"), "the host's metadata is never written");
  }

  @Test
  void sharedVpcHostDenied_isAGapNamingTheRole() {
    gcp.behaviour.fail("getXpnHost", 403);
    List<String> gaps = read().gaps().stream().map(LiveGap::message).toList();
    assertTrue(gaps.stream().anyMatch(g -> g.contains("cannot list the Shared VPC host in acme: PERMISSION_DENIED; "
        + "perhaps you should grant roles/compute.networkViewer")), gaps.toString());
  }

  @Test
  void onlyReadMethodsAreCalled() {
    read();
    List<String> called = gcp.behaviour.called();
    assertFalse(called.isEmpty());
    for (String m : called) {
      String method = m.contains("/") && !m.startsWith("GET") ? m.substring(m.lastIndexOf('/') + 1) : m;
      assertTrue(method.startsWith("List") || method.startsWith("Get") || method.startsWith("GET "), "not a read: " + m);
    }
    assertTrue(called.stream().noneMatch(m -> m.contains("AuthString")), "the Redis AUTH string is never read");
  }

  @Test
  void pagesAreFollowed() {
    gcp.behaviour.maxPage = 2;
    ResourceGraph g = read().graph();
    assertEquals(6, g.all(CloudRunService.class).size());
    assertEquals(6, g.all(SqlInstance.class).size());
    assertEquals(6, g.all(Subnetwork.class).size());
    assertTrue(gcp.behaviour.called().stream().filter(m -> m.contains("ListInstances")).count() >= 3,
        "six Redis instances in pages of two: " + gcp.behaviour.called());
  }

  @Test
  void regionsAreFoundWithoutBeingNamed_andNamedRegionsLimitTheRead() {
    LiveRead only = gcp.reader().read(LiveRequest.project("acme", List.of("europe-west1")), Set.of());
    assertEquals(3, only.graph().all(CloudRunService.class).size());
    assertEquals(3, only.graph().all(SqlInstance.class).size());
    assertTrue(only.graph().all(Subnetwork.class).stream().allMatch(s -> s.id().regionOr("").equals("europe-west1")));
  }

  @Test
  void retriesOn429And503_thenSucceeds() {
    gcp.behaviour.fail("CloudRedis/ListInstances", 8).fail("GET /compute/v1/projects/acme/global/networks", 503)
        .fail("GET /v1/projects/acme/instances", 429);
    LiveRead read = read();
    assertEquals(List.of(), read.gaps());
    assertEquals(6, read.graph().all(RedisInstance.class).size());
    assertEquals(1, read.graph().all(Network.class).size());
    assertEquals(6, read.graph().all(SqlInstance.class).size());
  }

  @Test
  void permissionDenied_isAGapNamingTheRole_andTheRestIsRead() {
    gcp.behaviour.fail("CloudRedis/ListInstances", 7, 7, 7, 7);
    LiveRead read = read();
    assertEquals(1, read.gaps().size());
    LiveGap gap = read.gaps().get(0);
    assertTrue(gap.message().contains("cannot list Memorystore instances in acme: PERMISSION_DENIED; perhaps you should "
        + "grant roles/redis.viewer"), gap.message());
    assertTrue(gap.kinds().contains("redis_instance"), gap.kinds().toString());
    assertEquals(6, read.graph().all(CloudRunService.class).size());
    var coverage = read.snapshot().coverage();
    assertFalse(coverage.coversAnyRegion("redis_instance", "acme"), "what could not be read is not covered: " + coverage);
    assertTrue(coverage.covers("network", "acme", "global") && coverage.covers("router_nat", "acme", "us-central1"),
        "the rest is, with the kinds read along (NATs with routers): " + coverage);
  }

  @Test
  void coverage_isWhatTheListsRead_byKindProjectAndRegion() {
    var all = read().snapshot().coverage();
    assertTrue(all.covers("redis_instance", "acme", "asia-east1"), "Redis is listed over every region at once");
    assertTrue(all.covers("cloud_run_service", "acme", "europe-west1"), "a region the first round found");
    assertFalse(all.covers("cloud_run_service", "acme", "asia-east1"), "Cloud Run is listed per region only");
    assertFalse(all.coversAnyRegion("secret", "acme"), "the project read never lists Secret Manager");
    var named = gcp.reader().read(LiveRequest.project("acme", List.of("europe-west1")), Set.of()).snapshot().coverage();
    assertTrue(named.covers("sql_instance", "acme", "europe-west1") && !named.covers("sql_instance", "acme", "us-central1"),
        "named regions limit what counts as read: " + named);
  }

  @Test
  void restFailures_403And404_areGaps() {
    gcp.behaviour.fail("GET /v1/projects/acme/instances", 403).fail("global/firewalls", 404);
    List<String> gaps = read().gaps().stream().map(LiveGap::message).toList();
    assertEquals(2, gaps.size(), gaps.toString());
    assertTrue(gaps.stream().anyMatch(g -> g.contains("Cloud SQL instances in acme: PERMISSION_DENIED; perhaps you "
        + "should grant roles/cloudsql.viewer")), gaps.toString());
    assertTrue(gaps.stream().anyMatch(g -> g.contains("firewall rules in acme: NOT_FOUND")), gaps.toString());
  }

  @Test
  void quotaThatNeverRecovers_isAGapAfterTheRetries() {
    gcp.behaviour.fail("VpcAccessService/ListConnectors", 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8);
    List<String> gaps = read().gaps().stream().map(LiveGap::message).toList();
    assertTrue(gaps.stream().anyMatch(g -> g.contains("VPC Access connectors in acme/") && g.contains("quota exhausted")),
        gaps.toString());
  }

  @Test
  void malformedPage_isAGapNotACrash() {
    gcp.behaviour.malform("global/addresses");
    List<String> gaps = read().gaps().stream().map(LiveGap::message).toList();
    assertEquals(1, gaps.size(), gaps.toString());
    assertTrue(gaps.get(0).startsWith("cannot list global addresses in acme: "), gaps.toString());
  }

  @Test
  void slowServer_isCutAtTheCallTimeout() {
    gcp.behaviour.hangOn("");
    long start = System.nanoTime();
    LiveRead read = gcp.reader().read(LiveRequest.project("acme", List.of("us-central1"))
        .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(3)), Set.of());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertFalse(read.isComplete());
    assertTrue(read.gaps().stream().allMatch(g -> g.message().contains("no answer within")), read.gaps().toString());
    assertTrue(ms < 30_000, "the read gave up instead of hanging (" + ms + " ms)");
  }

  @Test
  void unauthenticated_isAnInputError() {
    gcp.behaviour.fail("Services/ListServices", 16);
    InputException e = assertThrows(InputException.class, this::read);
    assertTrue(e.getMessage().contains("refused the credentials (UNAUTHENTICATED)"), e.getMessage());
  }
}
