package io.vpcgate.kinds;

import io.vpcgate.model.AppEngineLocations;
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
import io.vpcgate.model.AppEngineVersion;
import io.vpcgate.model.Attr;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** google_app_engine_standard_app_version from HCL, a plan and a state, and appengine.googleapis.com/Version from an export. */
class AppEngineVersionKindTest {
  @TempDir Path dir;

  private AppEngineVersion hcl(String body) throws IOException {
    Files.writeString(dir.resolve("main.tf"), """
        resource "google_app_engine_standard_app_version" "api" {
          project    = "acme"
          service    = "api"
          version_id = "v1"
          runtime    = "python312"
          entrypoint {
            shell = "gunicorn main:app"
          }
          deployment {
            zip {
              source_url = "https://storage.googleapis.com/acme/app.zip"
            }
          }
        %s
        }
        """.formatted(body));
    return TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE)).all(AppEngineVersion.class).get(0);
  }

  @Test
  void hcl_connectorEgressScalingAndEnv() throws IOException {
    AppEngineVersion v = hcl("""
          service_account = "api@acme.iam.gserviceaccount.com"
          env_variables = {
            REDIS_HOST = "10.0.0.3"
          }
          vpc_access_connector {
            name           = "projects/acme/locations/us-central1/connectors/conn"
            egress_setting = "PRIVATE_IP_RANGES"
          }
          automatic_scaling {
            max_concurrent_requests = 50
            standard_scheduler_settings {
              min_instances = 1
              max_instances = 8
            }
          }
        """);
    assertEquals(Attr.known("acme"), v.id().project());
    assertEquals(Attr.known("api/v1"), v.id().name());
    assertTrue(v.id().region().isUnknown(), "the application's location is not the version's to say");
    assertEquals(Attr.known("projects/acme/locations/us-central1/connectors/conn"), v.egress().connector());
    assertEquals(Attr.known("PRIVATE_IP_RANGES"), v.egress().setting());
    assertEquals(Attr.known(EgressPath.PRIVATE_RANGES_ONLY), v.egress().mode());
    assertEquals(Attr.known(8), v.maxInstances());
    assertEquals(Attr.known(1), v.minInstances());
    assertEquals(Attr.known("REDIS_HOST"), v.env().get(0).name());
    assertEquals(Attr.known("10.0.0.3"), v.env().get(0).value());
    assertFalse(v.env().get(0).fromSecret());
    assertEquals(Attr.known("api@acme.iam.gserviceaccount.com"), v.serviceAccount());
    assertEquals(Attr.absent(), v.cloudSqlInstances());
    assertEquals("main.tf:20", RuleContext.at(v, Workload.EGRESS).toString());
    assertEquals(Attr.known(java.util.Map.of()), v.labels(), "a version has no labels: none, so rules still judge it");
    assertEquals("main.tf:1", RuleContext.at(v, Workload.LABELS).toString(), "no attribute to point at: the block");
  }

  @Test
  void hcl_basicAndManualScaling_andNoConnector() throws IOException {
    AppEngineVersion basic = hcl("""
          basic_scaling {
            max_instances = 5
          }
        """);
    assertEquals(Attr.known(5), basic.maxInstances());
    assertTrue(basic.egress().certainlyNone());
    assertFalse(basic.egress().declared());
    AppEngineVersion manual = hcl("""
          manual_scaling {
            instances = 3
          }
          vpc_access_connector {
            name           = "projects/acme/locations/us-central1/connectors/conn"
            egress_setting = "ALL_TRAFFIC"
          }
        """);
    assertEquals(Attr.known(3), manual.maxInstances());
    assertEquals(Attr.known(3), manual.minInstances());
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), manual.egress().mode());
    assertEquals(Attr.absent(), hcl("").maxInstances(), "no scaling block: the platform's default");
  }

  @Test
  void plan_and_state() {
    String values = """
        {"project": "acme", "service": "worker", "version_id": "v7", "runtime": "go122", "service_account": null,
         "env_variables": {"DB_HOST": "10.2.0.5"},
         "vpc_access_connector": [{"name": "projects/acme/locations/europe-west1/connectors/c", "egress_setting": "ALL_TRAFFIC"}],
         "automatic_scaling": [], "basic_scaling": [{"max_instances": 4, "idle_timeout": "900s"}], "manual_scaling": []}""";
    String plan = """
        {"format_version": "1.2", "resource_changes": [{"address": "google_app_engine_standard_app_version.worker",
         "mode": "managed", "type": "google_app_engine_standard_app_version", "name": "worker", "change": {
         "actions": ["create"], "before": null, "after": %s, "after_unknown": {"env_variables": {"DB_HOST": true}},
         "after_sensitive": {}}}]}""".formatted(values.replace("\"DB_HOST\": \"10.2.0.5\"", "\"DB_HOST\": null"));
    AppEngineVersion planned = TerraformMapper.toGraph(PlanReader.parse(plan, "plan.json", Optional.empty()))
        .all(AppEngineVersion.class).get(0);
    assertEquals(Attr.known("worker/v7"), planned.id().name());
    assertEquals(Attr.known(4), planned.maxInstances());
    assertTrue(planned.env().get(0).value().isUnknown());
    String state = """
        {"format_version": "1.0", "values": {"root_module": {"resources": [{"address": "google_app_engine_standard_app_version.worker",
          "mode": "managed", "type": "google_app_engine_standard_app_version", "name": "worker", "values": %s}]}}}"""
        .formatted(values);
    AppEngineVersion applied = StateGraph.of(StateReader.parse(state, "state.json")).all(AppEngineVersion.class).get(0);
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), applied.egress().mode());
    assertEquals(Attr.known("10.2.0.5"), applied.env().get(0).value());
    assertEquals(Attr.known(java.util.Map.of()), planned.labels());
    assertEquals(Attr.known(java.util.Map.of()), applied.labels());
  }

  @Test
  void cloudAssetExport_line_regionFromTheApplicationsLocation() {
    String line = """
        {"name": "//appengine.googleapis.com/apps/acme/services/default/versions/v3",
         "asset_type": "appengine.googleapis.com/Version", "resource": {"version": "v1", "location": "us-central",
         "data": {"name": "apps/acme/services/default/versions/v3", "id": "v3",
          "vpcAccessConnector": {"name": "projects/acme/locations/us-central1/connectors/conn", "egressSetting": "ALL_TRAFFIC"},
          "basicScaling": {"maxInstances": 2}, "envVariables": {"MODE": "prod"},
          "serviceAccount": "acme@appspot.gserviceaccount.com"}}}
        """;
    AppEngineVersion v = SnapshotReader.parseSnapshot(line, "export.json", true).graph().all(AppEngineVersion.class).get(0);
    assertEquals(Attr.known("acme"), v.id().project());
    assertEquals(Attr.known("us-central1"), v.id().region());
    assertEquals(Attr.known("default/v3"), v.id().name());
    assertEquals(Attr.known(EgressPath.ALL_TRAFFIC), v.egress().mode());
    assertEquals(Attr.known(2), v.maxInstances());
    assertEquals(Attr.known("acme@appspot.gserviceaccount.com"), v.serviceAccount());
    assertEquals("apps/acme/services/default/versions/v3", v.address());
    assertEquals(Attr.known(java.util.Map.of()), v.labels());
  }

  @Test
  void hcl_envReferences_goToTheOneComputedEntryOnly() throws IOException {
    Files.writeString(dir.resolve("redis.tf"), """
        resource "google_redis_instance" "cache" {
          name           = "cache"
          project        = "acme"
          region         = "us-central1"
          memory_size_gb = 1
        }
        """);
    AppEngineVersion v = hcl("""
          env_variables = {
            MODE       = "prod"
            REDIS_HOST = google_redis_instance.cache.host
          }
        """);
    assertEquals(java.util.List.of(), v.env().stream().filter(e -> e.name().equals(Attr.known("MODE"))).findFirst()
        .get().references());
    assertEquals(java.util.List.of("google_redis_instance.cache.host"), v.env().stream()
        .filter(e -> e.name().equals(Attr.known("REDIS_HOST"))).findFirst().get().references());
  }

  @Test
  void appEngineLocations_mapToRegions_orStayUnknown() {
    assertEquals(Attr.known("us-central1"), AppEngineLocations.region("us-central"));
    assertEquals(Attr.known("europe-west1"), AppEngineLocations.region("europe-west"));
    assertEquals(Attr.known("asia-northeast1"), AppEngineLocations.region("asia-northeast1"));
    assertTrue(AppEngineLocations.region("").isUnknown());
    assertTrue(AppEngineLocations.region("mars-central").isUnknown());
  }
}
