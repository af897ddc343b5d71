package io.vpcgate.input.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.Value;
import io.vpcgate.input.terraform.TerraformConfig;
import io.vpcgate.input.terraform.TerraformMapper;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.input.terraform.TerraformReader;
import io.vpcgate.model.Attr;
import io.vpcgate.model.RedisInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateReaderTest {
  @TempDir Path dir;

  @Test
  void showJson_withChildModules() {
    TerraformState s = StateReader.parse("""
        {"format_version": "1.0", "values": {"root_module": {
          "resources": [{"address": "google_redis_instance.cache", "mode": "managed", "type": "google_redis_instance",
            "values": {"id": "projects/acme/locations/us-central1/instances/cache", "host": "10.0.0.3", "auth_string": "hunter2"},
            "sensitive_values": {"auth_string": true}}],
          "child_modules": [{"address": "module.net", "resources": [{"address": "module.net.google_compute_network.vpc",
            "mode": "managed", "type": "google_compute_network", "values": {"id": "projects/acme/global/networks/vpc"}}]}]}}}
        """, "state.json");
    assertEquals(List.of("google_redis_instance.cache", "module.net.google_compute_network.vpc"), List.copyOf(s.resources().keySet()));
    StateResource cache = s.get("google_redis_instance.cache").orElseThrow();
    assertEquals("projects/acme/locations/us-central1/instances/cache", cache.id());
    assertTrue(cache.attributes().get("auth_string") instanceof Value.Unknown);
    assertFalse(s.toString().contains("hunter2"), "sensitive values are not kept");
  }

  @Test
  void rawTfstateV4_withIndexKeysAndSensitiveAttributes() {
    TerraformState s = StateReader.parse("""
        {"version": 4, "terraform_version": "1.9.8", "serial": 3, "lineage": "x", "outputs": {},
         "resources": [
          {"mode": "managed", "type": "google_vpc_access_connector", "name": "c", "module": "module.net",
           "instances": [{"index_key": 0, "attributes": {"id": "projects/acme/locations/r/connectors/c0", "name": "c0"}},
                         {"index_key": 1, "attributes": {"id": "projects/acme/locations/r/connectors/c1", "name": "c1"}}]},
          {"mode": "managed", "type": "google_redis_instance", "name": "cache",
           "instances": [{"index_key": "blue", "attributes": {"id": "i", "auth_string": "hunter2"},
             "sensitive_attributes": [[{"type": "get_attr", "value": "auth_string"}]]}]},
          {"mode": "data", "type": "google_client_config", "name": "current", "instances": [{"attributes": {}}]}]}
        """, "terraform.tfstate");
    assertEquals(List.of("module.net.google_vpc_access_connector.c[0]", "module.net.google_vpc_access_connector.c[1]",
        "google_redis_instance.cache[\"blue\"]"), List.copyOf(s.resources().keySet()));
    assertFalse(s.toString().contains("hunter2"));
  }

  @Test
  void badState_isAnInputError() {
    InputException e = assertThrows(InputException.class, () -> StateReader.parse("{\"version\": 3}", "old.tfstate"));
    assertTrue(e.getMessage().contains("not Terraform state"), e.getMessage());
    e = assertThrows(InputException.class, () -> StateReader.parse("{", "s.json"));
    assertTrue(e.getMessage().startsWith("s.json:1: invalid JSON"), e.getMessage());
  }

  @Test
  void stateFillsTheIdentityTheConfigurationCannotKnow() throws IOException {
    Files.writeString(dir.resolve("main.tf"), """
        provider "google" {}
        resource "google_redis_instance" "cache" {
          name           = "cache"
          memory_size_gb = 1
        }
        """);
    TerraformConfig config = TerraformReader.read(dir, TerraformOptions.NONE);
    RedisInstance before = TerraformMapper.toGraph(config).all(RedisInstance.class).get(0);
    assertTrue(before.id().project().isAbsent());
    TerraformState state = StateReader.parse("""
        {"format_version": "1.0", "values": {"root_module": {"resources": [{"address": "google_redis_instance.cache",
          "mode": "managed", "type": "google_redis_instance",
          "values": {"id": "projects/acme/locations/europe-west1/instances/cache", "name": "cache", "project": "acme", "region": "europe-west1"}}]}}}
        """, "state.json");
    RedisInstance after = TerraformMapper.toGraph(StateIdentity.fill(config, state)).all(RedisInstance.class).get(0);
    assertEquals(Attr.known("acme"), after.id().project());
    assertEquals(Attr.known("europe-west1"), after.id().region());
    assertEquals(Attr.known("cache"), after.id().name());
  }
}
