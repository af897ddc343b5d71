package io.vpcgate.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.RuleContext;
import io.vpcgate.input.plan.PlanReader;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.state.StateGraph;
import io.vpcgate.input.state.StateReader;
import io.vpcgate.input.terraform.TerraformMapper;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.input.terraform.TerraformReader;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunJob;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** google_cloud_run_v2_job from HCL, a plan and a state, and run.googleapis.com/Job from a Cloud Asset export. */
class CloudRunJobKindTest {
  @TempDir Path dir;

  private CloudRunJob hcl(String text) throws IOException {
    Files.writeString(dir.resolve("main.tf"), text);
    return TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE)).all(CloudRunJob.class).get(0);
  }

  @Test
  void hcl_mapsTheTaskTemplate() throws IOException {
    CloudRunJob j = hcl("""
        provider "google" {
          project = "acme"
        }
        resource "google_cloud_run_v2_job" "etl" {
          name     = "etl"
          location = "europe-west1"
          labels = {
            env = "prod"
          }
          template {
            labels = {
              execution = "not-the-job's"
            }
            parallelism = 5
            task_count  = 20
            template {
              service_account = "etl@acme.iam.gserviceaccount.com"
              vpc_access {
                connector = "projects/acme/locations/europe-west1/connectors/conn"
                egress    = "ALL_TRAFFIC"
              }
              containers {
                image = "gcr.io/acme/etl"
                env {
                  name  = "REDIS_HOST"
                  value = "10.0.0.3"
                }
                env {
                  name = "DB_PASSWORD"
                  value_source {
                    secret_key_ref {
                      secret  = "db-password"
                      version = "latest"
                    }
                  }
                }
              }
              volumes {
                name = "cloudsql"
                cloud_sql_instance {
                  instances = ["acme:europe-west1:pg"]
                }
              }
            }
          }
        }
        """);
    assertEquals(Attr.known("acme"), j.id().project());
    assertEquals(Attr.known("europe-west1"), j.id().region());
    assertEquals(Attr.known("etl"), j.id().name());
    assertEquals(Attr.known("projects/acme/locations/europe-west1/connectors/conn"), j.egress().connector());
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), j.egress().mode());
    assertEquals(Attr.known(EgressPath.Via.CONNECTOR), j.egress().via());
    assertEquals(Attr.known(5), j.maxInstances());
    assertEquals(Attr.absent(), j.minInstances());
    assertEquals(Attr.known("etl@acme.iam.gserviceaccount.com"), j.serviceAccount());
    assertEquals(Attr.known(List.of("acme:europe-west1:pg")), j.cloudSqlInstances());
    assertEquals(2, j.env().size());
    assertEquals(Attr.known("10.0.0.3"), j.env().get(0).value());
    assertTrue(j.env().get(1).fromSecret());
    assertEquals(Attr.known("db-password"), j.env().get(1).secret());
    assertEquals(Attr.absent(), j.env().get(1).value());
    assertEquals("main.tf:20", RuleContext.at(j, Workload.EGRESS).toString());
    assertEquals("main.tf:14", RuleContext.at(j, CloudRunJob.PARALLELISM).toString());
    assertEquals(Attr.known(Map.of("env", "prod")), j.labels(), "the job's own, not the execution template's");
    assertEquals("main.tf:7", RuleContext.at(j, Workload.LABELS).toString());
  }

  @Test
  void maxInstances_parallelismZeroOrUnsetMeansTheTaskCount_neitherMeansThePlatformDefault() throws IOException {
    assertEquals(Attr.known(7), job(Attr.known(0), Attr.known(7)).maxInstances());
    assertEquals(Attr.known(7), job(Attr.absent(), Attr.known(7)).maxInstances());
    assertEquals(Attr.known(3), job(Attr.known(3), Attr.known(10)).maxInstances());
    assertEquals(Attr.known(3), job(Attr.known(3), Attr.absent()).maxInstances());
    assertEquals(Attr.known(2), job(Attr.known(9), Attr.known(2)).maxInstances(), "never more tasks than there are");
    assertEquals(Attr.absent(), job(Attr.absent(), Attr.absent()).maxInstances());
    assertTrue(job(Attr.unknown("known after apply"), Attr.known(4)).maxInstances().isUnknown());
    assertTrue(job(Attr.absent(), Attr.unknown("known after apply")).maxInstances().isUnknown());
  }

  private static CloudRunJob job(Attr<Integer> parallelism, Attr<Integer> tasks) {
    return new CloudRunJob(io.vpcgate.model.Origin.live("projects/p/locations/r/jobs/j"),
        io.vpcgate.model.ResourceId.of(CloudRunJob.KIND, "p", "r", "j"),
        new EgressPath(false, Attr.absent(), Attr.absent(), Attr.known(EgressPath.PRIVATE_RANGES_ONLY), Attr.absent(),
            List.of()), parallelism, tasks, List.of(), Attr.absent(), Attr.absent(), Attr.known(java.util.Map.of()));
  }

  @Test
  void hcl_directVpcAndUnknownValues() throws IOException {
    CloudRunJob j = hcl("""
        variable "tasks" {
          type = number
        }
        variable "env" {
          type = string
        }
        resource "google_cloud_run_v2_job" "batch" {
          name     = "batch"
          project  = "acme"
          location = "us-central1"
          labels = {
            env = var.env
          }
          template {
            task_count = var.tasks
            template {
              vpc_access {
                network_interfaces {
                  network    = "vpc"
                  subnetwork = "jobs"
                  tags       = ["batch"]
                }
              }
              containers {
                image = "gcr.io/acme/batch"
              }
            }
          }
        }
        """);
    assertEquals(Attr.known(EgressPath.Via.DIRECT_VPC), j.egress().via());
    assertEquals(Attr.known("jobs"), j.egress().firstInterface().get().subnetwork());
    assertEquals(List.of("batch"), j.egress().firstInterface().get().tags());
    assertEquals(Attr.known(EgressPath.PRIVATE_RANGES_ONLY), j.egress().mode(), "unset egress is the default");
    assertTrue(j.taskCount().isUnknown());
    assertTrue(j.maxInstances().isUnknown(), "no parallelism and an unknown task count: not known before apply");
    assertTrue(j.labels().isUnknown(), "a label whose value is a variable without one");
  }

  @Test
  void hcl_noLabels_isKnownEmpty() throws IOException {
    CloudRunJob j = hcl("""
        resource "google_cloud_run_v2_job" "etl" {
          name     = "etl"
          location = "us-central1"
          template {
            template {
              containers {
                image = "gcr.io/acme/etl"
              }
            }
          }
        }
        """);
    assertEquals(Attr.known(Map.of()), j.labels());
  }

  @Test
  void plan_afterValuesAndAfterUnknown() {
    String plan = """
        {"format_version": "1.2", "resource_changes": [{"address": "google_cloud_run_v2_job.etl", "mode": "managed",
         "type": "google_cloud_run_v2_job", "name": "etl", "change": {"actions": ["create"], "before": null,
         "after": {"name": "etl", "location": "us-east1", "project": "acme", "labels": {"env": "prod", "team": null},
           "template": [{"parallelism": 0,
           "task_count": 4, "template": [{"service_account": null, "vpc_access": [{"connector": null,
           "egress": "PRIVATE_RANGES_ONLY", "network_interfaces": []}], "containers": [{"image": "gcr.io/acme/etl",
           "env": [{"name": "REDIS_HOST", "value": null, "value_source": []}]}], "volumes": []}]}]},
         "after_unknown": {"labels": {"team": true}, "effective_labels": true,
           "template": [{"template": [{"vpc_access": [{"connector": true}],
           "containers": [{"env": [{"value": true}]}]}]}]},
         "after_sensitive": {}}}]}""";
    CloudRunJob j = TerraformMapper.toGraph(PlanReader.parse(plan, "plan.json", Optional.empty()))
        .all(CloudRunJob.class).get(0);
    assertEquals(Attr.known("us-east1"), j.id().region());
    assertEquals(Attr.known(4), j.maxInstances(), "parallelism 0: as many as the task count");
    assertTrue(j.egress().connector().isUnknown());
    assertTrue(j.egress().via().isUnknown(), "a connector known after apply: the way out is not known yet");
    assertTrue(j.env().get(0).value().isUnknown());
    assertTrue(j.labels().isUnknown(), "a label known after apply");
  }

  @Test
  void state_values() {
    String state = """
        {"format_version": "1.0", "values": {"root_module": {"resources": [{"address": "google_cloud_run_v2_job.etl",
          "mode": "managed", "type": "google_cloud_run_v2_job", "name": "etl",
          "values": {"id": "projects/acme/locations/us-east1/jobs/etl", "name": "etl", "project": "acme",
            "location": "us-east1", "labels": null, "effective_labels": {"goog-terraform-provisioned": "true"},
            "template": [{"parallelism": 2, "task_count": 8, "template": [{
              "service_account": "123-compute@developer.gserviceaccount.com",
              "vpc_access": [{"connector": "projects/acme/locations/us-east1/connectors/c", "egress": "ALL_TRAFFIC",
                "network_interfaces": []}],
              "containers": [{"image": "gcr.io/acme/etl", "env": []}], "volumes": []}]}]}}]}}}""";
    CloudRunJob j = StateGraph.of(StateReader.parse(state, "state.json")).all(CloudRunJob.class).get(0);
    assertEquals(Attr.known(2), j.maxInstances());
    assertEquals(Attr.known(8), j.taskCount());
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), j.egress().mode());
    assertEquals(Attr.known("projects/acme/locations/us-east1/connectors/c"), j.egress().connector());
    assertEquals(Attr.known("123-compute@developer.gserviceaccount.com"), j.serviceAccount());
    assertEquals(Attr.known(Map.of()), j.labels(), "no labels set: none, whatever effective_labels holds");
  }

  @Test
  void cloudAssetExport_line() {
    String line = """
        {"name": "//run.googleapis.com/projects/acme/locations/us-central1/jobs/etl", "asset_type": "run.googleapis.com/Job",
         "resource": {"version": "v2", "location": "us-central1", "data": {"name": "projects/acme/locations/us-central1/jobs/etl",
          "labels": {"env": "prod", "goog-managed-by": "scheduler"},
          "template": {"parallelism": 3, "taskCount": 12, "template": {"serviceAccount": "etl@acme.iam.gserviceaccount.com",
           "vpcAccess": {"networkInterfaces": [{"network": "vpc", "subnetwork": "jobs"}], "egress": "ALL_TRAFFIC"},
           "containers": [{"image": "gcr.io/acme/etl", "env": [{"name": "JWT", "valueSource": {"secretKeyRef":
             {"secret": "jwt", "version": "2"}}}]}],
           "volumes": [{"name": "sql", "cloudSqlInstance": {"instances": ["acme:us-central1:pg"]}}]}}}}}
        """;
    CloudRunJob j = SnapshotReader.parseSnapshot(line, "export.json", true).graph().all(CloudRunJob.class).get(0);
    assertEquals(Attr.known("acme"), j.id().project());
    assertEquals(Attr.known("us-central1"), j.id().region());
    assertEquals(Attr.known("etl"), j.id().name());
    assertEquals(Attr.known(3), j.maxInstances());
    assertEquals(Attr.known(EgressPath.Via.DIRECT_VPC), j.egress().via());
    assertEquals(Attr.known("jwt"), j.env().get(0).secret());
    assertEquals(Attr.known(List.of("acme:us-central1:pg")), j.cloudSqlInstances());
    assertTrue(Kinds.assetTypes().contains("run.googleapis.com/Job"));
    assertEquals(Attr.known(Map.of("env", "prod")), j.labels(), "goog-* keys are Google's");
  }

  @Test
  void cloudAssetExport_knativeShape_isNotGuessed() {
    String line = """
        {"name": "//run.googleapis.com/projects/acme/locations/us-central1/jobs/etl", "asset_type": "run.googleapis.com/Job",
         "resource": {"version": "v1", "location": "us-central1", "data": {"apiVersion": "run.googleapis.com/v1",
          "kind": "Job", "metadata": {"name": "etl", "labels": {"env": "dev", "cloud.googleapis.com/location": "us-central1"}},
          "spec": {"template": {"spec": {"taskCount": 3}}}}}}
        """;
    CloudRunJob j = SnapshotReader.parseSnapshot(line, "export.json", true).graph().all(CloudRunJob.class).get(0);
    assertEquals(Attr.known("etl"), j.id().name());
    assertTrue(j.egress().via().isUnknown(), "its VPC egress is not read, so not judged");
    assertFalse(j.egress().certainlyNone());
    assertTrue(j.maxInstances().isUnknown());
    assertEquals(Attr.known(Map.of("env", "dev")), j.labels(), "metadata.labels, as every Knative object writes them");
  }

  @Test
  void registry_namesTheLiveListAndRole() {
    var kind = Kinds.forTerraformType("google_cloud_run_v2_job").orElseThrow();
    assertEquals("roles/run.viewer", kind.live().orElseThrow().viewerRole());
    assertFalse(kind.forceNew().size() > 0, "no ForceNew field of a job is modelled");
  }
}
