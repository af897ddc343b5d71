package io.vpcgate.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.vpcgate.model.CloudFunction;
import io.vpcgate.model.CloudFunction.Generation;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.ResourceGraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both generations of Cloud Functions from HCL, a plan, a state and a Cloud Asset export. */
class CloudFunctionKindTest {
  @TempDir Path dir;

  private static String fixture(String name) throws IOException {
    try (InputStream in = CloudFunctionKindTest.class.getResourceAsStream("CloudFunctionKind/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static CloudFunction named(ResourceGraph g, String name) {
    return g.all(CloudFunction.class).stream().filter(f -> f.id().nameOr("").equals(name)).findFirst().orElseThrow();
  }

  @Test
  void hcl_mapsBothGenerations() throws IOException {
    Files.writeString(dir.resolve("main.tf"), fixture("main.tf"));
    ResourceGraph g = TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE));
    assertEquals(2, g.all(CloudFunction.class).size());

    CloudFunction v1 = named(g, "v1-worker");
    assertEquals(Generation.GEN_1, v1.generation());
    assertEquals("google_cloudfunctions_function", v1.terraformType());
    assertEquals(Attr.known("us-central1"), v1.id().region(), "the provider's region");
    assertEquals(Attr.known(EgressPath.Via.CONNECTOR), v1.egress().via());
    assertEquals(Attr.known("ALL_TRAFFIC"), v1.connectorEgress());
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), v1.egress().mode());
    assertEquals(Attr.known(5), v1.maxInstances());
    assertEquals(Attr.known(1), v1.minInstances());
    assertEquals(Attr.known("worker@acme.iam.gserviceaccount.com"), v1.serviceAccount());
    EnvVar redis = v1.env().stream().filter(e -> e.name().equals(Attr.known("REDIS_HOST"))).findFirst().orElseThrow();
    assertTrue(redis.value().isUnknown(), "a Redis host is known after apply");
    assertEquals(List.of("google_redis_instance.cache.host"), redis.references(), "bound by its own entry's reference");
    EnvVar mode = v1.env().stream().filter(e -> e.name().equals(Attr.known("MODE"))).findFirst().orElseThrow();
    assertEquals(List.of(), mode.references(), "a literal entry of the same map refers to nothing");
    EnvVar token = v1.env().stream().filter(EnvVar::fromSecret).findFirst().orElseThrow();
    assertEquals(Attr.known("API_TOKEN"), token.name());
    assertEquals(Attr.known("api-token"), token.secret());
    assertEquals(Attr.known("3"), token.secretVersion());
    assertEquals("main.tf:15", io.vpcgate.engine.RuleContext.at(v1, CloudFunction.EGRESS).toString());
    assertEquals(Attr.known(Map.of("env", "prod")), v1.labels());
    assertEquals("main.tf:28", io.vpcgate.engine.RuleContext.at(v1, CloudFunction.LABELS).toString());

    CloudFunction v2 = named(g, "v2-api");
    assertEquals(Generation.GEN_2, v2.generation());
    assertEquals(Attr.known("europe-west1"), v2.id().region(), "location");
    assertEquals(Attr.known(EgressPath.Via.DIRECT_VPC), v2.egress().via());
    assertEquals(Attr.known("VPC_EGRESS_ALL_TRAFFIC"), v2.egress().setting());
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), v2.egress().mode());
    assertEquals(Attr.known("serverless"), v2.egress().firstInterface().orElseThrow().subnetwork());
    assertEquals(List.of("fn"), v2.egress().firstInterface().orElseThrow().tags());
    assertEquals(Attr.known(20), v2.maxInstances());
    assertEquals(Attr.known(8), v2.concurrency());
    assertEquals(Attr.known("projects/acme/secrets/db-password"), v2.env().get(1).secret());
    assertTrue(v2.service().isUnknown(), "the backing Cloud Run service is known after apply");
    assertEquals("main.tf:44", io.vpcgate.engine.RuleContext.at(v2, CloudFunction.DIRECT_VPC_EGRESS).toString());
    assertEquals(Attr.known(Map.of()), v2.labels(), "no labels written: none");
  }

  @Test
  void plan_computedEgressIsUnknown_andAnUpdateKeepsTheConnector() throws IOException {
    ResourceGraph g = TerraformMapper.toGraph(PlanReader.parse(fixture("plan.json"), "plan.json", Optional.empty()));
    CloudFunction v2 = named(g, "v2-api");
    assertEquals(Attr.known(EgressPath.Via.CONNECTOR), v2.egress().via());
    assertEquals(Attr.known("PRIVATE_RANGES_ONLY"), v2.egress().setting(), "the connector's own setting");
    assertTrue(v2.directVpcEgress().isUnknown(), "the provider computes it: known after apply");
    assertTrue(v2.service().isUnknown());
    CloudFunction v1 = named(g, "v1-worker");
    assertEquals(Attr.known("conn"), v1.egress().connector());
    assertEquals(Attr.known(5), v1.maxInstances());
    assertEquals(Attr.known(0), v1.minInstances());
    assertEquals(Attr.known(Map.of("env", "prod")), v1.labels());
    assertTrue(v2.labels().isUnknown(), "a label known after apply");
  }

  @Test
  void state_emptyStringsAndZeroMaxAreUnset() throws IOException {
    ResourceGraph g = StateGraph.of(StateReader.parse(fixture("state.json"), "state.json"));
    CloudFunction v1 = named(g, "v1-worker");
    assertEquals(Attr.absent(), v1.egress().connector(), "state's \"\" is no connector");
    assertEquals(Attr.known(EgressPath.Via.NONE), v1.egress().via());
    assertEquals(Attr.absent(), v1.maxInstances(), "max_instances 0: no limit set");
    CloudFunction v2 = named(g, "v2-api");
    assertEquals(Attr.known(EgressPath.Via.DIRECT_VPC), v2.egress().via());
    assertEquals(Attr.known("projects/acme/locations/europe-west1/services/v2-api"), v2.service());
    assertEquals(Attr.known(EgressPath.PRIVATE_RANGES_ONLY), v2.egress().mode());
    assertEquals(Attr.known(Map.of("env", "prod")), v2.labels(), "not effective_labels");
    assertEquals(Attr.known(Map.of()), v1.labels());
  }

  @Test
  void cloudAssetExport_readsFunctionForBothGenerations_andIgnoresTheV1AssetType() throws IOException {
    Snapshot s = SnapshotReader.parseSnapshot(fixture("export.ndjson"), "export.ndjson", true);
    List<CloudFunction> all = s.graph().all(CloudFunction.class);
    assertEquals(2, all.size(), "a 1st gen function is in both asset types: read once, from Function");
    CloudFunction v1 = named(s.graph(), "v1-worker");
    assertEquals(Generation.GEN_1, v1.generation());
    assertEquals(Attr.known("projects/acme/locations/us-central1/connectors/conn"), v1.egress().connector());
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), v1.egress().mode());
    assertEquals("//cloudfunctions.googleapis.com/projects/acme/locations/us-central1/functions/v1-worker".substring(
        "//cloudfunctions.googleapis.com/".length()), v1.address());
    CloudFunction v2 = named(s.graph(), "v2-api");
    assertEquals(Attr.known(EgressPath.Via.DIRECT_VPC), v2.egress().via());
    assertEquals(Attr.known("VPC_EGRESS_ALL_TRAFFIC"), v2.directVpcEgress());
    assertEquals(Attr.known("europe-west1"), v2.id().region());
    assertEquals(Attr.known("projects/acme/locations/europe-west1/services/v2-api"), v2.service());
    assertTrue(v2.env().stream().anyMatch(e -> e.fromSecret() && e.secretVersion().equals(Attr.known("latest"))));
    assertEquals(Attr.known(Map.of("env", "prod", "deployment-tool", "cli-gcloud")), v2.labels(), "goog-* keys are Google's");
    assertEquals(Attr.known(Map.of()), v1.labels());
    assertTrue(s.coverage().covers(CloudFunction.KIND, "acme", "asia-east1"), "a complete export covers every region");
    assertTrue(Kinds.assetTypes().contains("cloudfunctions.googleapis.com/Function"));
    assertFalse(Kinds.assetTypes().contains("cloudfunctions.googleapis.com/CloudFunction"));
  }

  @Test
  void a2ndGenFunctionRunsOnItsOwnCloudRunService() throws IOException {
    Snapshot s = SnapshotReader.parseSnapshot(fixture("export.ndjson"), "export.ndjson", true);
    CloudFunction v2 = named(s.graph(), "v2-api");
    assertTrue(v2.runsOn(io.vpcgate.model.ResourceId.of("cloud_run_service", "acme", "europe-west1", "v2-api")));
    assertTrue(v2.runsOn(io.vpcgate.model.ResourceId.of("cloud_run_service", "123456789012", "europe-west1", "v2-api")));
    assertFalse(v2.runsOn(io.vpcgate.model.ResourceId.of("cloud_run_service", "acme", "us-central1", "v2-api")));
    assertFalse(v2.runsOn(io.vpcgate.model.ResourceId.of("cloud_run_service", "other", "europe-west1", "v2-api")));
    Files.writeString(dir.resolve("main.tf"), fixture("main.tf"));
    CloudFunction desired = named(TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE)), "v2-api");
    assertTrue(desired.service().isUnknown());
    assertEquals(v2.service(), ((CloudFunction) desired.withComputedFrom(v2)).service(), "the server's choice, from live");
    assertFalse(named(s.graph(), "v1-worker").runsOn(
        io.vpcgate.model.ResourceId.of("cloud_run_service", "acme", "us-central1", "v1-worker")), "1st gen runs on no service");
  }

  @Test
  void liveReadWithAnOlderClient_leavesDirectVpcUnknown_neverAbsent() {
    String asset = """
        [{"name": "//cloudfunctions.googleapis.com/projects/acme/locations/us-east1/functions/f",
          "assetType": "cloudfunctions.googleapis.com/Function",
          "resource": {"version": "v2", "location": "us-east1", "data": {"name": "projects/acme/locations/us-east1/functions/f",
            "environment": "GEN_2", "serviceConfig": {"maxInstanceCount": 3, "vpcgate:unreadFields": [33, 34]}}}}]""";
    CloudFunction f = SnapshotReader.parseSnapshot(asset, "live.json", false).graph().all(CloudFunction.class).get(0);
    assertTrue(f.egress().via().isUnknown(), f.egress().toString());
    assertTrue(f.egress().mayHaveVpcEgress());
  }

  @Test
  void hcl_labelsOfAVariableWithoutValue_areUnknown_inBothGenerations() throws IOException {
    Files.writeString(dir.resolve("main.tf"), """
        variable "labels" {
          type = map(string)
        }
        variable "env" {
          type = string
        }
        resource "google_cloudfunctions_function" "v1" {
          name    = "v1-worker"
          project = "acme"
          region  = "us-central1"
          runtime = "nodejs20"
          labels  = var.labels
        }
        resource "google_cloudfunctions2_function" "v2" {
          name     = "v2-api"
          project  = "acme"
          location = "europe-west1"
          labels = {
            env = var.env
          }
        }
        """);
    ResourceGraph g = TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE));
    assertTrue(named(g, "v1-worker").labels().isUnknown());
    assertTrue(named(g, "v2-api").labels().isUnknown());
  }
}
