package io.vpcgate.input.plan;

import io.vpcgate.model.EnvVar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.InputException;
import io.vpcgate.input.terraform.TerraformConfig;
import io.vpcgate.input.terraform.TerraformMapper;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.input.terraform.TerraformReader;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.Location;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.VpcConnector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderTest {
  @TempDir Path dir;

  private static String change(String address, String type, String actions, String before, String after,
      String afterUnknown, String afterSensitive, String extra) {
    return """
        {"address": "%s", "mode": "managed", "type": "%s", "name": "x",
         "change": {"actions": %s, "before": %s, "after": %s, "after_unknown": %s, "after_sensitive": %s%s}}"""
        .formatted(address, type, actions, before, after, afterUnknown, afterSensitive, extra);
  }

  private static String plan(String... changes) {
    return "{\"format_version\": \"1.2\", \"resource_changes\": [" + String.join(",", changes) + "]}";
  }

  @Test
  void unknownAndSensitiveLeaves_becomeUnknown() {
    String p = plan(change("google_cloud_run_v2_service.api", "google_cloud_run_v2_service", "[\"create\"]", "null", """
        {"name": "api", "location": "us-central1", "project": "acme", "template": [{"containers": [{"env": [
          {"name": "REDIS_HOST", "value": null, "value_source": []},
          {"name": "API_TOKEN", "value": "s3cr3t-value", "value_source": []}]}]}]}""",
        "{\"template\": [{\"containers\": [{\"env\": [{\"value\": true}, {}]}]}]}",
        "{\"template\": [{\"containers\": [{\"env\": [{}, {\"value\": true}]}]}]}", ""));
    TerraformConfig c = PlanReader.parse(p, "plan.json", Optional.empty());
    CloudRunService s = TerraformMapper.toGraph(c).all(CloudRunService.class).get(0);
    List<EnvVar> env = s.containers().get(0).env();
    assertTrue(env.get(0).value() instanceof Attr.Unknown<String> u && u.reason().equals("known after apply"));
    assertTrue(env.get(1).value() instanceof Attr.Unknown<String> u && u.reason().contains("sensitive"));
    assertFalse(c.toString().contains("s3cr3t-value"), "a sensitive value is not kept at all");
  }

  @Test
  void actionsReplacePathsAndDeletions() {
    String connector = "{\"name\": \"conn\", \"project\": \"acme\", \"region\": \"us-central1\", \"network\": \"vpc\", \"ip_cidr_range\": \"10.8.0.0/28\"}";
    String p = plan(
        change("google_vpc_access_connector.a", "google_vpc_access_connector", "[\"delete\", \"create\"]", connector,
            connector.replace("10.8.0.0", "10.9.0.0"), "{\"id\": true}", "{}", ", \"replace_paths\": [[\"ip_cidr_range\"]]"),
        change("google_vpc_access_connector.gone", "google_vpc_access_connector", "[\"delete\"]",
            connector.replace("conn", "old"), "null", "{}", "{}", ""),
        change("data.google_x.y", "google_x", "[\"read\"]", "null", "{}", "{}", "{}", "").replace("\"managed\"", "\"data\""));
    TerraformConfig c = PlanReader.parse(p, "plan.json", Optional.empty());
    ResourceGraph desired = TerraformMapper.toGraph(c);
    ResourceGraph deleted = TerraformMapper.deleted(c);
    VpcConnector a = desired.all(VpcConnector.class).get(0);
    assertTrue(a.origin().change().replaces());
    assertEquals(List.of("ip_cidr_range"), a.origin().change().replacePaths());
    assertEquals("10.9.0.0/28", a.range().orElseThrow().toString());
    assertEquals(1, desired.resources().size());
    assertEquals("old", deleted.all(VpcConnector.class).get(0).id().nameOr(""));
    assertEquals(new Location.CloudLocation("google_vpc_access_connector.a"), a.origin().location());
  }

  @Test
  void configuredAttributes_comeFromTheConfigurationSection() {
    String p = """
        {"format_version": "1.2", "resource_changes": [%s],
         "configuration": {"root_module": {"resources": [{"address": "google_vpc_access_connector.c",
           "expressions": {"name": {"constant_value": "c1"}, "subnet": [{"name": {"constant_value": "s"}}]}}]}}}"""
        .formatted(change("google_vpc_access_connector.c", "google_vpc_access_connector", "[\"update\"]", "{}",
            "{\"name\": \"c1\", \"network\": \"vpc-computed-by-the-api\", \"subnet\": [{\"name\": \"s\"}]}", "{}", "{}", ""));
    VpcConnector c = TerraformMapper.toGraph(PlanReader.parse(p, "plan.json", Optional.empty())).all(VpcConnector.class).get(0);
    assertEquals(Optional.of(false), c.origin().configured("network"));
    assertEquals(Optional.of(true), c.origin().configured("subnet[0].name"));
    assertTrue(c.network().isKnown(), "the computed value is still there for rules that read values");
  }

  @Test
  void withTheModuleDirectory_findingsKeepTheirTfLinesEvenWhenThePlanReordersSets() throws IOException {
    Files.writeString(dir.resolve("main.tf"), """
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              env {
                name  = "B_VAR"
                value = "b"
              }
              env {
                name  = "A_VAR"
                value = "a"
              }
            }
          }
        }
        """);
    TerraformConfig hcl = TerraformReader.read(dir, TerraformOptions.NONE);
    String p = plan(change("google_cloud_run_v2_service.api", "google_cloud_run_v2_service", "[\"create\"]", "null", """
        {"name": "api", "location": "us-central1", "template": [{"containers": [{"env": [
          {"name": "A_VAR", "value": "a"}, {"name": "B_VAR", "value": "b"}]}]}]}""", "{}", "{}", ""));
    CloudRunService s = TerraformMapper.toGraph(PlanReader.parse(p, "plan.json", Optional.of(hcl)))
        .all(CloudRunService.class).get(0);
    EnvVar first = s.containers().get(0).env().get(0);
    assertEquals(Attr.known("B_VAR"), first.name());
    assertEquals(new Location.SourceLocation("main.tf", 8), s.origin().at(first.path() + ".value"));
    assertEquals(new Location.SourceLocation("main.tf", 1), s.origin().location());
  }

  @Test
  void badPlans_areInputErrors() {
    InputException e = assertThrows(InputException.class, () -> PlanReader.parse("{\"format_version\": ", "plan.json", Optional.empty()));
    assertTrue(e.getMessage().startsWith("plan.json:1: invalid JSON"), e.getMessage());
    e = assertThrows(InputException.class, () -> PlanReader.parse("{\"resources\": []}", "state.json", Optional.empty()));
    assertTrue(e.getMessage().contains("not a Terraform plan"), e.getMessage());
    e = assertThrows(InputException.class, () -> PlanReader.read(Path.of("/no/plan.json"), Optional.empty()));
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void anEnvValuesReferences_areFollowedThroughModuleInputs_toTheDataStoreAttribute() {
    String p = """
        {"format_version": "1.2",
         "resource_changes": [{"address": "module.app.google_cloud_run_v2_service.api", "mode": "managed",
           "type": "google_cloud_run_v2_service", "name": "api", "change": {"actions": ["create"], "before": null,
           "after": {"name": "api", "location": "us-central1", "project": "acme",
             "template": [{"containers": [{"env": [{"name": "REDIS_HOST", "value": null}]}]}]},
           "after_unknown": {"template": [{"containers": [{"env": [{"value": true}]}]}]}, "after_sensitive": {}}}],
         "configuration": {"root_module": {
           "resources": [{"address": "google_redis_instance.cache", "mode": "managed", "type": "google_redis_instance",
             "name": "cache", "expressions": {"name": {"constant_value": "cache"}}}],
           "module_calls": {"app": {"source": "./app",
             "expressions": {"redis_host": {"references": ["google_redis_instance.cache.host", "google_redis_instance.cache"]}},
             "module": {"resources": [{"address": "google_cloud_run_v2_service.api", "mode": "managed",
               "type": "google_cloud_run_v2_service", "name": "api", "expressions": {"template": [{"containers": [{"env": [
                 {"name": {"constant_value": "REDIS_HOST"}, "value": {"references": ["var.redis_host"]}}]}]}]}}]}}}}}}
        """;
    TerraformConfig c = PlanReader.parse(p, "plan.json", Optional.empty());
    assertEquals(List.of("google_redis_instance.cache.host", "google_redis_instance.cache"),
        c.resources().get(0).attributeReferences().get("template[0].containers[0].env[0].value"));
    CloudRunService s = TerraformMapper.toGraph(c).all(CloudRunService.class).get(0);
    assertEquals(List.of("google_redis_instance.cache.host", "google_redis_instance.cache"), s.env().get(0).references());
  }

  @Test
  void priorState_isWhatExistsButNeverTheDriftBaseline() {
    String withPrior = """
        {"format_version": "1.2", "resource_changes": [],
         "prior_state": {"format_version": "1.0", "values": {"root_module": {"resources": [
           {"address": "google_redis_instance.cache", "mode": "managed", "type": "google_redis_instance",
            "name": "cache", "values": {"name": "cache", "project": "acme", "region": "us-central1",
              "host": "10.0.0.3", "auth_string": "hunter2"}, "sensitive_values": {"auth_string": true}}]}}}}""";
    ReadPlan read = PlanReader.parsePlan(withPrior, "plan.json", Optional.empty());
    assertEquals(List.of("google_redis_instance.cache"), List.copyOf(read.priorState().orElseThrow().resources().keySet()));
    assertFalse(read.priorState().toString().contains("hunter2"), "a sensitive value of the prior state is not kept");
    io.vpcgate.pipeline.TerraformInputs tf = io.vpcgate.pipeline.Pipeline.terraform(Optional.empty(),
        Optional.of(new io.vpcgate.input.InputText("plan.json", withPrior)), Optional.empty(), TerraformOptions.NONE);
    assertTrue(tf.lastApplied().isEmpty(), "a refreshed prior state already holds the drift: it is not --state");
    io.vpcgate.model.RedisInstance prior = tf.planPrior().orElseThrow().all(io.vpcgate.model.RedisInstance.class).get(0);
    assertEquals(Optional.of("10.0.0.3"), prior.host().known());
    assertTrue(PlanReader.parsePlan(plan(), "plan.json", Optional.empty()).priorState().isEmpty(), "a first apply has none");
  }

  @Test
  void aModuleCallsDependsOn_reachesEveryResourceInside() {
    String p = """
        {"format_version": "1.2", "resource_changes": [
          {"address": "module.db.module.inner.google_sql_database_instance.db", "mode": "managed",
           "type": "google_sql_database_instance", "name": "db",
           "change": {"actions": ["create"], "before": null, "after": {"name": "db", "project": "acme"}, "after_unknown": {}}}],
         "configuration": {"root_module": {"module_calls": {"db": {
           "depends_on": ["google_service_networking_connection.psa"],
           "module": {"module_calls": {"inner": {"module": {"resources": [
             {"address": "google_sql_database_instance.db", "mode": "managed", "type": "google_sql_database_instance",
              "name": "db", "expressions": {"name": {"constant_value": "db"}}}]}}}}}}}}}""";
    io.vpcgate.model.SqlInstance db = TerraformMapper.toGraph(PlanReader.parse(p, "plan.json", Optional.empty()))
        .all(io.vpcgate.model.SqlInstance.class).get(0);
    assertTrue(db.origin().refersTo("google_service_networking_connection.psa"), db.origin().references().toString());
  }

  @Test
  void aPlanFromTheSameDirectory_matchesEvenWhereModulesWereNotExpanded() throws IOException {
    Files.createDirectories(dir.resolve("m"));
    Files.writeString(dir.resolve("main.tf"), """
        module "off" {
          source = "./m"
          count  = 0
        }
        module "remote" {
          source = "terraform-google-modules/network/google"
        }
        resource "google_compute_network" "vpc" {
          name = "vpc"
        }
        """);
    Files.writeString(dir.resolve("m/main.tf"), "resource \"google_compute_network\" \"inner\" {\n  name = \"inner\"\n}\n");
    TerraformConfig hcl = TerraformReader.read(dir, TerraformOptions.NONE);
    String plan = """
        {"format_version": "1.2", "resource_changes": [],
         "configuration": {"root_module": {
           "resources": [{"address": "google_compute_network.vpc", "mode": "managed", "type": "google_compute_network", "name": "vpc"}],
           "module_calls": {
             "off": {"module": {"resources": [{"address": "google_compute_network.inner", "mode": "managed"}]}},
             "remote": {"module": {"resources": [{"address": "google_compute_network.network", "mode": "managed"}]}}}}}}""";
    PlanReader.parse(plan, "plan.json", Optional.of(hcl)); // count 0 and not downloaded: their blocks may be anything
    InputException e = assertThrows(InputException.class, () -> PlanReader.parse(
        plan.replace("google_compute_network.vpc\"", "google_compute_network.other\""), "plan.json", Optional.of(hcl)));
    assertTrue(e.getMessage().contains("declares google_compute_network.other, which the Terraform directory given does not"),
        e.getMessage());
  }
}
