package io.vpcgate.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.functions.v2.Environment;
import com.google.cloud.functions.v2.Function;
import com.google.cloud.functions.v2.SecretEnvVar;
import com.google.cloud.functions.v2.ServiceConfig;
import com.google.cloud.functions.v2.ServiceConfig.VpcConnectorEgressSettings;
import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import io.vpcgate.engine.LiveGap;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudFunction;
import io.vpcgate.model.CloudFunction.Generation;
import io.vpcgate.model.EgressPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Cloud Functions v2 client against the in-process fake: both generations, one list over every location. */
class FunctionsLiveReadTest {
  private FakeGcp gcp;

  @BeforeEach
  void start() throws Exception {
    gcp = new FakeGcp();
    gcp.grpc.functions.add(Function.newBuilder().setName("projects/acme/locations/us-central1/functions/worker")
        .setEnvironment(Environment.GEN_1).putLabels("env", "prod").putLabels("goog-terraform-provisioned", "true")
        .setServiceConfig(ServiceConfig.newBuilder().setVpcConnector("projects/acme/locations/us-central1/connectors/conn")
            .setVpcConnectorEgressSettings(VpcConnectorEgressSettings.ALL_TRAFFIC).setMaxInstanceCount(5)
            .putEnvironmentVariables("MODE", "batch"))
        .build());
    gcp.grpc.functions.add(Function.newBuilder().setName("projects/acme/locations/europe-west1/functions/api")
        .setEnvironment(Environment.GEN_2)
        .setServiceConfig(ServiceConfig.newBuilder().setService("projects/acme/locations/europe-west1/services/api")
            .setMaxInstanceCount(20).setMaxInstanceRequestConcurrency(8)
            .setServiceAccountEmail("api@acme.iam.gserviceaccount.com")
            .addSecretEnvironmentVariables(SecretEnvVar.newBuilder().setKey("DB_PASSWORD").setProjectId("acme")
                .setSecret("db-password").setVersion("latest")))
        .build());
    gcp.grpc.functions.add(Function.newBuilder().setName("projects/other/locations/us-central1/functions/not-ours")
        .setEnvironment(Environment.GEN_2).build());
  }

  @AfterEach
  void stop() {
    gcp.close();
  }

  private LiveRead read(List<String> regions) {
    return gcp.reader().read(LiveRequest.project("acme", regions).withTimeouts(Duration.ofSeconds(5),
        Duration.ofSeconds(20)), Set.of());
  }

  private static CloudFunction named(LiveRead read, String name) {
    return read.graph().all(CloudFunction.class).stream().filter(f -> f.id().nameOr("").equals(name)).findFirst()
        .orElseThrow();
  }

  @Test
  void oneListOverEveryLocation_readsBothGenerations() {
    LiveRead read = read(List.of());
    assertEquals(List.of(), read.gaps());
    assertEquals(List.of("projects/acme/locations/-"),
        gcp.grpc.functionRequests.stream().map(r -> r.getParent()).toList(), "one call, every location, our project");
    assertTrue(gcp.grpc.functionRequests.get(0).getPageSize() > 0, "pages of the request's size");
    assertEquals(2, read.graph().all(CloudFunction.class).size());

    CloudFunction worker = named(read, "worker");
    assertEquals(Generation.GEN_1, worker.generation());
    assertEquals(Attr.known("us-central1"), worker.id().region());
    assertEquals(Attr.known("projects/acme/locations/us-central1/connectors/conn"), worker.egress().connector());
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), worker.egress().mode());
    assertEquals(Attr.known(EgressPath.Via.CONNECTOR), worker.egress().via(), "a 1st gen function has no Direct VPC");
    assertEquals(Attr.known(5), worker.maxInstances());
    assertEquals(Attr.known(Map.of("env", "prod")), worker.labels(), "goog-* keys are Google's");

    CloudFunction api = named(read, "api");
    assertEquals(Generation.GEN_2, api.generation());
    assertEquals(Attr.known("projects/acme/locations/europe-west1/services/api"), api.service());
    assertEquals(Attr.known(8), api.concurrency());
    assertEquals(Attr.known(EgressPath.Via.NONE), api.egress().via());
    assertEquals(Attr.known("projects/acme/secrets/db-password"), api.env().get(0).secret());
    assertEquals(Attr.known(Map.of()), api.labels(), "a function without labels has none");
    assertTrue(read.snapshot().coverage().covers(CloudFunction.KIND, "acme", "asia-east1"), "listed over every location");
    assertTrue(SnapshotWriter.render(read).contains("\"cloudfunctions.googleapis.com/Function\""));
  }

  @Test
  void namedRegions_areListedOneByOne() {
    LiveRead read = read(List.of("europe-west1"));
    assertEquals(List.of("projects/acme/locations/europe-west1"),
        gcp.grpc.functionRequests.stream().map(r -> r.getParent()).toList());
    assertEquals(List.of("api"), read.graph().all(CloudFunction.class).stream().map(f -> f.id().nameOr("")).toList());
    assertFalse(read.snapshot().coverage().covers(CloudFunction.KIND, "acme", "us-central1"));
  }

  @Test
  void pagesAreFollowed() {
    gcp.behaviour.maxPage = 1;
    assertEquals(2, read(List.of()).graph().all(CloudFunction.class).size());
    assertTrue(gcp.grpc.functionRequests.size() >= 2, "two functions in pages of one");
  }

  @Test
  void fieldsTheClientDoesNotKnow_leaveDirectVpcUnknown() {
    ServiceConfig newer = ServiceConfig.newBuilder().setMaxInstanceCount(3)
        .setUnknownFields(UnknownFieldSet.newBuilder().addField(4242, UnknownFieldSet.Field.newBuilder()
            .addLengthDelimited(ByteString.copyFromUtf8("vpc")).build()).build()).build();
    gcp.grpc.functions.add(Function.newBuilder().setName("projects/acme/locations/us-east1/functions/direct")
        .setEnvironment(Environment.GEN_2).setServiceConfig(newer).build());
    LiveRead read = read(List.of());
    CloudFunction direct = named(read, "direct");
    assertTrue(direct.egress().via().isUnknown(), "Direct VPC may be set: never read as none");
    assertTrue(direct.directVpcEgress().isUnknown());
    assertEquals(Attr.known(3), direct.maxInstances());
    assertEquals(Attr.known(EgressPath.Via.NONE), named(read, "api").egress().via(), "a function the client read in full");
  }

  @Test
  void unreachableLocation_isAGap_notAPartialAnswer() {
    gcp.grpc.unreachableFunctionLocations.add("projects/acme/locations/asia-east1");
    LiveRead read = read(List.of());
    List<String> gaps = read.gaps().stream().map(LiveGap::message).toList();
    assertEquals(1, gaps.size(), gaps.toString());
    assertTrue(gaps.get(0).contains("cannot list Cloud Functions in acme") && gaps.get(0).contains("asia-east1"), gaps.get(0));
    assertFalse(read.snapshot().coverage().coversAnyRegion(CloudFunction.KIND, "acme"));
  }

  @Test
  void permissionDenied_isAGapNamingTheRole() {
    gcp.behaviour.fail("FunctionService/ListFunctions", 7, 7, 7, 7);
    LiveRead read = read(List.of());
    List<String> gaps = read.gaps().stream().map(LiveGap::message).toList();
    assertTrue(gaps.stream().anyMatch(g -> g.contains("cannot list Cloud Functions in acme: PERMISSION_DENIED; perhaps you "
        + "should grant roles/cloudfunctions.viewer")), gaps.toString());
    assertTrue(read.gaps().get(0).kinds().contains(CloudFunction.KIND));
  }

  @Test
  void onlyTheListCallIsMade() {
    read(List.of());
    assertTrue(gcp.behaviour.called().stream().filter(m -> m.contains("FunctionService"))
        .allMatch(m -> m.endsWith("/ListFunctions")), gcp.behaviour.called().toString());
  }
}
