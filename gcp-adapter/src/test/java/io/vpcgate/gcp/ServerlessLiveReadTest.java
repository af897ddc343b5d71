package io.vpcgate.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.appengine.v1.AutomaticScaling;
import com.google.appengine.v1.GetApplicationRequest;
import com.google.appengine.v1.ListVersionsRequest;
import com.google.appengine.v1.StandardSchedulerSettings;
import com.google.appengine.v1.Version;
import com.google.appengine.v1.VersionView;
import com.google.appengine.v1.VpcAccessConnector;
import com.google.cloud.run.v2.Container;
import com.google.cloud.run.v2.EnvVar;
import com.google.cloud.run.v2.ExecutionTemplate;
import com.google.cloud.run.v2.Job;
import com.google.cloud.run.v2.ListJobsRequest;
import com.google.cloud.run.v2.ListWorkerPoolsRequest;
import com.google.cloud.run.v2.TaskTemplate;
import com.google.cloud.run.v2.VpcAccess;
import com.google.cloud.run.v2.WorkerPool;
import com.google.cloud.run.v2.WorkerPoolRevisionTemplate;
import com.google.cloud.run.v2.WorkerPoolScaling;
import io.vpcgate.engine.LiveGap;
import io.vpcgate.model.AppEngineVersion;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunJob;
import io.vpcgate.model.CloudRunWorkerPool;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.ResourceGraph;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cloud Run jobs and worker pools and App Engine versions read with the real clients (Cloud Run
 * Admin v2, App Engine Admin v1) against the in-process gRPC fake: what they ask, and what the
 * model gets.
 */
class ServerlessLiveReadTest {
  private static final String LOC = "projects/acme/locations/us-central1";
  private FakeGcp gcp;

  @BeforeEach
  void start() throws Exception {
    gcp = new FakeGcp();
    FakeServerless s = gcp.grpc.serverless;
    for (int i = 0; i < 3; i++) {
      s.jobs.add(Job.newBuilder().setName(LOC + "/jobs/etl-" + i).putLabels("env", "prod")
          .putLabels("goog-terraform-provisioned", "true").setTemplate(ExecutionTemplate.newBuilder()
          .setParallelism(2).setTaskCount(10).setTemplate(TaskTemplate.newBuilder()
              .setVpcAccess(VpcAccess.newBuilder().setConnector(LOC + "/connectors/conn")
                  .setEgress(VpcAccess.VpcEgress.ALL_TRAFFIC))
              .addContainers(Container.newBuilder().setImage("gcr.io/acme/etl")
                  .addEnv(EnvVar.newBuilder().setName("REDIS_HOST").setValue("10.0.0.3"))))).build());
    }
    s.jobs.add(Job.newBuilder().setName("projects/acme/locations/europe-west1/jobs/elsewhere").build());
    s.workerPools.add(WorkerPool.newBuilder().setName(LOC + "/workerPools/consumer")
        .setScaling(WorkerPoolScaling.newBuilder().setManualInstanceCount(4))
        .setTemplate(WorkerPoolRevisionTemplate.newBuilder().setServiceAccount("consumer@acme.iam.gserviceaccount.com")
            .setVpcAccess(VpcAccess.newBuilder().addNetworkInterfaces(VpcAccess.NetworkInterface.newBuilder()
                .setNetwork("vpc").setSubnetwork("pool")))).build());
    s.appLocations.put("acme", "us-central");
    s.versions.add(Version.newBuilder().setName("apps/acme/services/default/versions/v1").setId("v1")
        .setVpcAccessConnector(VpcAccessConnector.newBuilder().setName(LOC + "/connectors/conn")
            .setEgressSetting(VpcAccessConnector.EgressSetting.PRIVATE_IP_RANGES))
        .setAutomaticScaling(AutomaticScaling.newBuilder().setStandardSchedulerSettings(
            StandardSchedulerSettings.newBuilder().setMaxInstances(12)))
        .putEnvVariables("DB_HOST", "10.2.0.5").build());
    s.versions.add(Version.newBuilder().setName("apps/acme/services/worker/versions/v9").setId("v9").build());
    gcp.behaviour().maxPage(2);
  }

  @AfterEach
  void stop() {
    gcp.close();
  }

  private LiveRead read() {
    return gcp.reader().read(LiveRequest.project("acme", List.of("us-central1")).withTimeouts(Duration.ofSeconds(5),
        Duration.ofSeconds(20)), Set.of());
  }

  @Test
  void jobsAndWorkerPools_perRegion_inPages() {
    LiveRead read = read();
    assertEquals(List.of(), read.gaps());
    ResourceGraph g = read.graph();
    assertEquals(3, g.all(CloudRunJob.class).size(), "only the region asked for, all three pages");
    CloudRunJob job = g.all(CloudRunJob.class).get(0);
    assertEquals(Attr.known("us-central1"), job.id().region());
    assertEquals(Attr.known(2), job.maxInstances());
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), job.egress().mode());
    assertEquals(Attr.known(LOC + "/connectors/conn"), job.egress().connector());
    assertEquals(Attr.known("10.0.0.3"), job.env().get(0).value());
    assertEquals(Attr.known(Map.of("env", "prod")), job.labels(), "goog-* keys are Google's");
    CloudRunWorkerPool pool = g.all(CloudRunWorkerPool.class).get(0);
    assertEquals(Attr.known(4), pool.maxInstances());
    assertEquals(Attr.known(EgressPath.Via.DIRECT_VPC), pool.egress().via());
    assertEquals(Attr.known("consumer@acme.iam.gserviceaccount.com"), pool.serviceAccount());
    assertEquals(Attr.known(Map.of()), pool.labels(), "a pool without labels has none");
    List<ListJobsRequest> jobs = requests(ListJobsRequest.class);
    assertEquals(2, jobs.size(), "two pages of two");
    assertEquals(LOC, jobs.get(0).getParent());
    assertEquals(LOC, requests(ListWorkerPoolsRequest.class).get(0).getParent());
    assertTrue(read.snapshot().coverage().covers(CloudRunJob.KIND, "acme", "us-central1"));
    assertTrue(read.snapshot().coverage().covers(CloudRunWorkerPool.KIND, "acme", "us-central1"));
  }

  @Test
  void appEngine_locationFromTheApplication_versionsInTheFullView() {
    LiveRead read = read();
    assertEquals(List.of(), read.gaps());
    List<AppEngineVersion> versions = read.graph().all(AppEngineVersion.class);
    assertEquals(2, versions.size());
    AppEngineVersion v1 = versions.stream().filter(v -> v.id().nameOr("").equals("default/v1")).findFirst().get();
    assertEquals(Attr.known("us-central1"), v1.id().region(), "us-central is us-central1");
    assertEquals(Attr.known("acme"), v1.id().project());
    assertEquals(Attr.known("PRIVATE_IP_RANGES"), v1.egress().setting());
    assertEquals(Attr.known(EgressPath.PRIVATE_RANGES_ONLY), v1.egress().mode());
    assertEquals(Attr.known(12), v1.maxInstances());
    assertEquals(Attr.known(Map.of()), v1.labels(), "App Engine versions have no labels");
    assertEquals("apps/acme/services/default/versions/v1", v1.address());
    assertEquals("apps/acme", requests(GetApplicationRequest.class).get(0).getName());
    List<ListVersionsRequest> asked = requests(ListVersionsRequest.class);
    assertEquals(List.of("apps/acme/services/default", "apps/acme/services/worker"),
        asked.stream().map(ListVersionsRequest::getParent).toList());
    assertTrue(asked.stream().allMatch(r -> r.getView() == VersionView.FULL), "the view that holds vpcAccessConnector");
    assertTrue(read.snapshot().coverage().covers(AppEngineVersion.KIND, "acme", "us-central1"));
    String written = SnapshotWriter.render(read);
    assertTrue(written.contains("\"appengine.googleapis.com/Version\""), written);
  }

  @Test
  void noApplication_isAnAnswer_notAGap() {
    gcp.grpc.serverless.appLocations.clear();
    LiveRead read = read();
    assertEquals(List.of(), read.gaps());
    assertTrue(read.graph().all(AppEngineVersion.class).isEmpty());
    assertTrue(requests(ListVersionsRequest.class).isEmpty());
  }

  @Test
  void refused_isAGapNamingTheRole() {
    gcp.behaviour().fail("Versions/ListVersions", 7, 7, 7, 7, 7, 7);
    gcp.behaviour().fail("Jobs/ListJobs", 7, 7, 7, 7, 7, 7);
    List<String> gaps = read().gaps().stream().map(LiveGap::message).toList();
    assertTrue(gaps.stream().anyMatch(g -> g.contains("cannot list App Engine versions in acme: PERMISSION_DENIED; "
        + "perhaps you should grant roles/appengine.appViewer")), gaps.toString());
    assertTrue(gaps.stream().anyMatch(g -> g.contains("cannot list Cloud Run jobs in acme/us-central1: PERMISSION_DENIED; "
        + "perhaps you should grant roles/run.viewer")), gaps.toString());
  }

  /** What the fake loads from a snapshot (for the packaged CLI's end-to-end tests) it serves back as read. */
  @Test
  void snapshotLoadedIntoTheFake_readsBackTheSame() throws Exception {
    String written = SnapshotWriter.render(read());
    try (FakeGcp again = new FakeGcp().load(written)) {
      LiveRead back = again.reader().read(LiveRequest.project("acme", List.of("us-central1"))
          .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20)), Set.of());
      assertEquals(List.of(), back.gaps());
      assertEquals(3, back.graph().all(CloudRunJob.class).size());
      assertEquals(Attr.known(Map.of("env", "prod")), back.graph().all(CloudRunJob.class).get(0).labels());
      assertEquals(1, back.graph().all(CloudRunWorkerPool.class).size());
      assertEquals(Attr.known("us-central1"), back.graph().all(AppEngineVersion.class).get(0).id().region());
    }
  }

  private <T> List<T> requests(Class<T> type) {
    return gcp.grpc.serverless.requests.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
