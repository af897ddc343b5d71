package io.vpcgate.rules.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HardCodedEndpointReplacedTest {
  private RuleTester tester() {
    return RuleTester.of(new HardCodedEndpointReplaced(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_referencesFollowTheInstance() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutAnyEvidenceOfWhatExists_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  @Test
  void planAlone_judgesFromItsPriorState_labelledLastApplied() {
    // check --plan with no live read: the address the instance has now is in the plan's prior state.
    tester().addFixture("prior.tf").expectMarkers();
  }

  @Test
  void planWithoutPriorState_isSkippedNotPassed() {
    RuleTester t = tester();
    t.addTerraformFile("prior.tf")
        .withPlanText(t.resourceText("prior.plan.json").replaceFirst("\"prior_state\"", "\"unused\"")).expectSkipped();
  }

  private static final String NETWORK_ONLY_SNAPSHOT = """
      [{"name": "//compute.googleapis.com/projects/acme/global/networks/default",
        "assetType": "compute.googleapis.com/Network", "resource": {"version": "v1", "data": {"name": "default"}}}]""";

  private static final String STATE = """
      {"format_version": "1.0", "values": {"root_module": {"resources": [
        {"address": "google_redis_instance.cache", "mode": "managed", "type": "google_redis_instance", "name": "cache",
         "values": {"name": "cache", "project": "acme", "region": "us-central1", "tier": "BASIC", "host": "10.0.0.3",
           "port": 6379}, "sensitive_values": {}}]}}}""";

  @Test
  void aSnapshotThatReadNoRedis_fallsBackToTheState_labelledLastApplied() {
    var findings = tester().addTerraformFile("prior.tf").withLiveSnapshotText(NETWORK_ONLY_SNAPSHOT).withStateText(STATE)
        .findings();
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(findings.get(0).message().contains("the last-applied (Terraform state, not read live) address of "
        + "google_redis_instance.cache"), findings.get(0).message());
  }

  @Test
  void aSnapshotThatReadNoRedis_andNoState_isNotEvaluated() {
    tester().addTerraformFile("prior.tf").withLiveSnapshotText(NETWORK_ONLY_SNAPSHOT)
        .expectNotEvaluated("whether a service holds the current address of google_redis_instance.cache as a literal: "
            + "no live Memorystore for Redis instance data was read for project acme");
  }
}
