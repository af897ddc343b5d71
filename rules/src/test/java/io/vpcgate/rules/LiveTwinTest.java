package io.vpcgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.rules.redis.RedisTransitEncryptionChanged;
import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** LiveTwin.before: the live twin, else the last-applied state at the same address, else the plan's prior state. */
class LiveTwinTest {
  private static final String CACHE = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_redis_instance" "cache" {
        name                    = "cache"
        memory_size_gb          = 1
        transit_encryption_mode = "%s"
      }
      """;

  private static String stateResource(String name, String mode) {
    return """
        {"address": "google_redis_instance.%1$s", "mode": "managed", "type": "google_redis_instance", "name": "%1$s",
         "values": {"name": "%1$s", "project": "acme", "region": "us-central1", "memory_size_gb": 1,
           "host": "10.0.0.3", "transit_encryption_mode": "%2$s"}}""".formatted(name, mode);
  }

  private static String state(String... resources) {
    return "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"resources\": [" + String.join(",", resources)
        + "]}}}";
  }

  private RuleTester tester() {
    return RuleTester.of(new RedisTransitEncryptionChanged(), getClass());
  }

  @Test
  void withoutLiveState_theLastAppliedStateIsWhatExists() {
    var findings = tester().addTerraformLines("main.tf", CACHE.formatted("SERVER_AUTHENTICATION"))
        .withStateText(state(stateResource("cache", "DISABLED"))).findings();
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(findings.get(0).message().contains("transit_encryption_mode changes from DISABLED to SERVER_AUTHENTICATION"),
        findings.get(0).message());
  }

  @Test
  void lastAppliedState_isTheResourceAtTheSameAddress_notAnother() {
    tester().addTerraformLines("main.tf", CACHE.formatted("DISABLED"))
        .withStateText(state(stateResource("other", "SERVER_AUTHENTICATION"), stateResource("cache", "DISABLED")))
        .expectNoFindings();
  }

  @Test
  void liveTwin_winsOverTheLastAppliedState() {
    var findings = tester().addTerraformLines("main.tf", CACHE.formatted("SERVER_AUTHENTICATION"))
        .withStateText(state(stateResource("cache", "SERVER_AUTHENTICATION")))
        .withLiveSnapshotText("""
            [{"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/cache",
              "assetType": "redis.googleapis.com/Instance",
              "resource": {"version": "v1", "location": "us-central1", "data": {
                "name": "projects/acme/locations/us-central1/instances/cache", "host": "10.0.0.3", "port": 6379,
                "authorizedNetwork": "projects/acme/global/networks/default", "connectMode": "DIRECT_PEERING",
                "tier": "BASIC", "transitEncryptionMode": "DISABLED"}}}]""").findings();
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(findings.get(0).message().contains("changes from DISABLED to SERVER_AUTHENTICATION"), findings.get(0).message());
  }
}
