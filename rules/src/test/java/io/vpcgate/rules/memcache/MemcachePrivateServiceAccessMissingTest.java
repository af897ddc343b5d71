package io.vpcgate.rules.memcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Report;
import io.vpcgate.engine.Severity;
import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MemcachePrivateServiceAccessMissingTest {
  private RuleTester tester() {
    return RuleTester.of(new MemcachePrivateServiceAccessMissing(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_neitherTheConnectionNorTheRangeIsJudged() {
    // A range made outside Terraform is seen only live: without the live read, its absence proves nothing.
    Report r = tester().addTerraformFile("bad.tf").run();
    assertEquals(0, r.findings().size(), r.findings().toString());
    assertEquals(2, r.notEvaluated().size(), r.notEvaluated().toString());
    assertTrue(r.notEvaluated().stream().anyMatch(n -> n.reason().contains("no live network prod-vpc was read")),
        r.notEvaluated().toString());
    assertTrue(r.notEvaluated().stream().anyMatch(n -> n.reason().contains("whether memcache-range is an allocated range")),
        r.notEvaluated().toString());
  }

  @Test
  void unsetNetworkIsDefault_judgedAgainstTheLiveDefaultNetwork() {
    RuleTester.of(new MemcachePrivateServiceAccessMissing(), getClass()).addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        # BUG: Finding contains: authorized_network acme/default has no Private Service Access connection
        resource "google_memcache_instance" "cache" {
          name       = "cache"
          node_count = 1
          node_config {
            cpu_count      = 1
            memory_size_mb = 1024
          }
        }
        """).withLiveSnapshotText("""
        [{"name": "//compute.googleapis.com/projects/acme/global/networks/default",
          "assetType": "compute.googleapis.com/Network",
          "resource": {"version": "v1", "data": {"name": "default", "autoCreateSubnetworks": true}}}]""")
        .expectMarkers();
  }

  @Test
  void networkKnownOnlyAfterApply_isNotEvaluated() {
    tester().withPlanText("""
        {"format_version": "1.2", "resource_changes": [{"address": "google_memcache_instance.cache", "mode": "managed",
          "type": "google_memcache_instance", "name": "cache", "change": {"actions": ["create"], "before": null,
          "after": {"name": "cache", "project": "acme", "region": "us-central1", "node_count": 1, "authorized_network": null},
          "after_unknown": {"authorized_network": true}, "after_sensitive": {}}}]}""")
        .withLiveSnapshot("live.json").expectNotEvaluated("authorized_network is not known before apply");
  }
}
