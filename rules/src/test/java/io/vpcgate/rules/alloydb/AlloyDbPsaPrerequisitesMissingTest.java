package io.vpcgate.rules.alloydb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Report;
import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AlloyDbPsaPrerequisitesMissingTest {
  private RuleTester tester() {
    return RuleTester.of(new AlloyDbPsaPrerequisitesMissing(), getClass());
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
  void withoutLiveState_neitherTheConnectionNorTheRangeIsEvaluated() {
    Report r = tester().addTerraformFile("bad.tf").run();
    assertEquals(0, r.findings().size(), r.findings().toString());
    assertEquals(2, r.notEvaluated().size(), r.notEvaluated().toString());
    assertTrue(r.notEvaluated().stream().anyMatch(n -> n.reason().contains("no live network prod-vpc was read")),
        r.notEvaluated().toString());
    assertTrue(r.notEvaluated().stream().anyMatch(n -> n.reason().contains("whether alloydb-range is an allocated range")),
        r.notEvaluated().toString());
  }

  @Test
  void networkKnownOnlyAfterApply_isNotEvaluated() {
    tester().withPlanText("""
        {"format_version": "1.2", "resource_changes": [{"address": "google_alloydb_cluster.orders", "mode": "managed",
          "type": "google_alloydb_cluster", "name": "orders", "change": {"actions": ["create"], "before": null,
          "after": {"cluster_id": "orders", "project": "acme", "location": "us-central1",
            "network_config": [{"network": null, "allocated_ip_range": null}], "psc_config": []},
          "after_unknown": {"network_config": [{"network": true}]}, "after_sensitive": {}}}]}""")
        .withLiveSnapshot("live.json").expectNotEvaluated("network_config.network is not known before apply");
  }
}
