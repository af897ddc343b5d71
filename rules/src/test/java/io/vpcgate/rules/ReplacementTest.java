package io.vpcgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Finding;
import io.vpcgate.rules.redis.RedisNameInvalidOrReplaced;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replacement: why an apply replaces a resource, from the plan's actions and replace paths, else a ForceNew diff. */
class ReplacementTest {

  /** A plan change of google_redis_instance.NAME: before and after tiers, actions, replace_paths (JSON, or null for none). */
  private static String change(String name, String actions, String tierBefore, String tierAfter, String replacePaths) {
    return """
        {"address": "google_redis_instance.%1$s", "mode": "managed", "type": "google_redis_instance", "name": "%1$s",
         "provider_name": "registry.terraform.io/hashicorp/google",
         "change": {"actions": %2$s,
           "before": {"name": "%1$s", "project": "acme", "region": "us-central1", "memory_size_gb": 1,
             "tier": "%3$s", "connect_mode": "DIRECT_PEERING", "host": "10.0.0.3"},
           "after": {"name": "%1$s", "project": "acme", "region": "us-central1", "memory_size_gb": 1, "tier": "%4$s"},
           "after_unknown": {"host": true, "connect_mode": true}%5$s}}""".formatted(name, actions, tierBefore, tierAfter,
        replacePaths == null ? "" : ", \"replace_paths\": " + replacePaths);
  }

  /** The plan's prior_state: google_redis_instance.cache as the last apply left it (tier BASIC). */
  private static final String PRIOR_STATE = """
      "prior_state": {"format_version": "1.0", "values": {"root_module": {"resources": [
        {"address": "google_redis_instance.cache", "mode": "managed", "type": "google_redis_instance", "name": "cache",
         "values": {"name": "cache", "project": "acme", "region": "us-central1", "memory_size_gb": 1, "tier": "BASIC",
           "connect_mode": "DIRECT_PEERING", "host": "10.0.0.3"}}]}}}""";

  private static List<String> messages(String... changes) {
    List<Finding> findings = RuleTester.of(new RedisNameInvalidOrReplaced(), ReplacementTest.class)
        .withPlanText("{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.5\", " + PRIOR_STATE
            + ", \"resource_changes\": [" + String.join(",", changes) + "]}")
        .findings();
    return findings.stream().map(f -> f.message().replaceAll(": its data is deleted.*", "")).sorted().toList();
  }

  @Test
  void planReplacesWithoutReplacePaths_andNothingDiffers_saysThePlanReplacesIt() {
    assertEquals(List.of("Applying replaces Redis google_redis_instance.cache (the plan replaces it)"),
        messages(change("cache", "[\"delete\", \"create\"]", "BASIC", "BASIC", null)));
  }

  @Test
  void planReplacesWithoutReplacePaths_givesTheForceNewDiff() {
    assertEquals(List.of("Applying replaces Redis google_redis_instance.cache (tier BASIC -> STANDARD_HA)"),
        messages(change("cache", "[\"delete\", \"create\"]", "BASIC", "STANDARD_HA", null)));
  }

  @Test
  void replacePaths_eachWithItsOwnValuesWhereTheComparisonHasThem() {
    // connect_mode is unknown after apply: the plan names it, the comparison has no values for it.
    assertEquals(List.of("Applying replaces Redis google_redis_instance.cache (tier BASIC -> STANDARD_HA, connect_mode)"),
        messages(change("cache", "[\"delete\", \"create\"]", "BASIC", "STANDARD_HA", "[[\"tier\"], [\"connect_mode\"]]")));
  }

  @Test
  void planUpdatesInPlace_isNoReplacement_evenWhenAForceNewFieldSeemsToDiffer() {
    assertEquals(List.of(), messages(change("cache", "[\"update\"]", "BASIC", "STANDARD_HA", null)));
  }
}
