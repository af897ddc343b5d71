package io.vpcgate.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.plan.PlanReader;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.state.StateGraph;
import io.vpcgate.input.state.StateReader;
import io.vpcgate.input.terraform.TerraformMapper;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.input.terraform.TerraformReader;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunWorkerPool;
import io.vpcgate.model.EgressPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** google_cloud_run_v2_worker_pool from HCL, a plan and a state, and run.googleapis.com/WorkerPool from an export. */
class CloudRunWorkerPoolKindTest {
  @TempDir Path dir;

  private CloudRunWorkerPool hcl(String scaling) throws IOException {
    Files.writeString(dir.resolve("main.tf"), """
        variable "team" {
          type = string
        }
        resource "google_cloud_run_v2_worker_pool" "consumer" {
          name     = "consumer"
          project  = "acme"
          location = "us-central1"
        %s
          template {
            service_account = "consumer@acme.iam.gserviceaccount.com"
            vpc_access {
              connector = "projects/acme/locations/us-central1/connectors/conn"
            }
            containers {
              image = "gcr.io/acme/consumer"
              env {
                name  = "KAFKA"
                value = "10.1.0.2:9092"
              }
            }
          }
        }
        """.formatted(scaling));
    return TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE)).all(CloudRunWorkerPool.class).get(0);
  }

  @Test
  void hcl_manualModeIsTheDefault_andItsCountIsBothBounds() throws IOException {
    CloudRunWorkerPool p = hcl("""
          scaling {
            manual_instance_count = 4
          }
        """);
    assertEquals(Attr.known("us-central1"), p.id().region());
    assertEquals(Attr.known(4), p.maxInstances());
    assertEquals(Attr.known(4), p.minInstances());
    assertEquals(Attr.known(EgressPath.Via.CONNECTOR), p.egress().via());
    assertEquals(Attr.known(EgressPath.PRIVATE_RANGES_ONLY), p.egress().mode());
    assertEquals(Attr.known("10.1.0.2:9092"), p.env().get(0).value());
    assertEquals(Attr.known("consumer@acme.iam.gserviceaccount.com"), p.serviceAccount());
    assertEquals(Attr.known(Map.of()), p.labels(), "no labels written: none");
  }

  @Test
  void hcl_labels_setAndUnknown() throws IOException {
    CloudRunWorkerPool p = hcl("""
          labels = {
            env = "prod"
          }
        """);
    assertEquals(Attr.known(Map.of("env", "prod")), p.labels());
    assertEquals("main.tf:8", io.vpcgate.engine.RuleContext.at(p, io.vpcgate.model.Workload.LABELS).toString());
    assertTrue(hcl("""
          labels = {
            env  = "prod"
            team = var.team
          }
        """).labels().isUnknown(), "a label whose value is a variable without one");
  }

  @Test
  void hcl_automaticModeUsesMinAndMax() throws IOException {
    CloudRunWorkerPool p = hcl("""
          scaling {
            scaling_mode       = "AUTOMATIC"
            min_instance_count = 1
            max_instance_count = 6
          }
        """);
    assertEquals(Attr.known(6), p.maxInstances());
    assertEquals(Attr.known(1), p.minInstances());
  }

  @Test
  void hcl_noScaling_isThePlatformDefault_andAnUnknownModeIsNotGuessed() throws IOException {
    assertEquals(Attr.absent(), hcl("").maxInstances());
    CloudRunWorkerPool p = hcl("""
          scaling {
            scaling_mode          = var.mode
            manual_instance_count = 2
          }
        """);
    assertTrue(p.maxInstances().isUnknown());
  }

  @Test
  void plan_and_state() {
    String values = """
        {"name": "consumer", "location": "europe-west4", "project": "acme", "labels": {"env": "prod"},
         "terraform_labels": {"env": "prod", "owner": "platform"},
         "scaling": [{"scaling_mode": "MANUAL", "manual_instance_count": 3, "min_instance_count": null, "max_instance_count": null}],
         "template": [{"service_account": null, "vpc_access": [{"connector": null, "egress": "ALL_TRAFFIC",
           "network_interfaces": [{"network": "vpc", "subnetwork": "pool", "tags": []}]}],
           "containers": [{"image": "gcr.io/acme/consumer", "env": []}], "volumes": []}]}""";
    String plan = """
        {"format_version": "1.2", "resource_changes": [{"address": "google_cloud_run_v2_worker_pool.consumer",
         "mode": "managed", "type": "google_cloud_run_v2_worker_pool", "name": "consumer", "change": {
         "actions": ["create"], "before": null, "after": %s, "after_unknown": {}, "after_sensitive": {}}}]}"""
        .formatted(values);
    CloudRunWorkerPool planned = TerraformMapper.toGraph(PlanReader.parse(plan, "plan.json", Optional.empty()))
        .all(CloudRunWorkerPool.class).get(0);
    assertEquals(Attr.known(3), planned.maxInstances());
    assertEquals(Attr.known(EgressPath.Via.DIRECT_VPC), planned.egress().via());
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), planned.egress().mode());
    assertEquals(Attr.known(Map.of("env", "prod")), planned.labels(), "not terraform_labels");
    String state = """
        {"format_version": "1.0", "values": {"root_module": {"resources": [{"address": "google_cloud_run_v2_worker_pool.consumer",
          "mode": "managed", "type": "google_cloud_run_v2_worker_pool", "name": "consumer", "values": %s}]}}}"""
        .formatted(values);
    CloudRunWorkerPool applied = StateGraph.of(StateReader.parse(state, "state.json")).all(CloudRunWorkerPool.class).get(0);
    assertEquals(Attr.known("europe-west4"), applied.id().region());
    assertEquals(Attr.known("pool"), applied.egress().firstInterface().get().subnetwork());
    assertEquals(Attr.known(Map.of("env", "prod")), applied.labels());
    String unknown = plan.replace("\"after_unknown\": {}", "\"after_unknown\": {\"labels\": true}")
        .replace("\"labels\": {\"env\": \"prod\"},", "\"labels\": null,");
    assertTrue(TerraformMapper.toGraph(PlanReader.parse(unknown, "plan.json", Optional.empty()))
        .all(CloudRunWorkerPool.class).get(0).labels().isUnknown(), "labels known after apply");
  }

  @Test
  void cloudAssetExport_line() {
    String line = """
        {"name": "//run.googleapis.com/projects/acme/locations/us-central1/workerPools/consumer",
         "asset_type": "run.googleapis.com/WorkerPool", "resource": {"version": "v2", "location": "us-central1",
         "data": {"name": "projects/acme/locations/us-central1/workerPools/consumer", "scaling": {"manualInstanceCount": 2},
          "labels": {"team": "payments", "goog-terraform-provisioned": "true"},
          "template": {"vpcAccess": {"connector": "projects/acme/locations/us-central1/connectors/conn",
           "egress": "PRIVATE_RANGES_ONLY"}, "containers": [{"image": "gcr.io/acme/consumer"}]}}}}
        """;
    CloudRunWorkerPool p = SnapshotReader.parseSnapshot(line, "export.json", true).graph()
        .all(CloudRunWorkerPool.class).get(0);
    assertEquals(Attr.known("consumer"), p.id().name());
    assertEquals(Attr.known(2), p.maxInstances());
    assertEquals(Attr.known("projects/acme/locations/us-central1/connectors/conn"), p.egress().connector());
    assertTrue(Kinds.assetTypes().contains("run.googleapis.com/WorkerPool"));
    assertEquals(Attr.known(Map.of("team", "payments")), p.labels(), "goog-* keys are Google's");
  }

  @Test
  void cloudAssetExport_knativeShape_keepsOnlyItsLabels() {
    String line = """
        {"name": "//run.googleapis.com/projects/acme/locations/us-central1/workerPools/consumer",
         "asset_type": "run.googleapis.com/WorkerPool", "resource": {"version": "v1", "location": "us-central1",
         "data": {"apiVersion": "run.googleapis.com/v1", "kind": "WorkerPool",
          "metadata": {"name": "consumer", "labels": {"env": "prod", "cloud.googleapis.com/location": "us-central1"}},
          "spec": {"template": {"spec": {"containers": [{"image": "gcr.io/acme/consumer"}]}}}}}}
        """;
    CloudRunWorkerPool p = SnapshotReader.parseSnapshot(line, "export.json", true).graph()
        .all(CloudRunWorkerPool.class).get(0);
    assertTrue(p.maxInstances().isUnknown(), "its settings are not read");
    assertEquals(Attr.known(Map.of("env", "prod")), p.labels(), "its metadata.labels are");
  }
}
