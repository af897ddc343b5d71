package io.vpcgate.rules.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Finding;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WIRE-11's messages: only Redis gets the note on cross-region clients; the remediation names both regions. */
class DataStoreInAnotherRegionMessageTest {

  @Test
  void redisAndCloudSqlInAnotherRegion_areNamedByKind_andOnlyRedisGetsTheClusterNote() {
    List<Finding> found = RuleTester.of(new DataStoreInAnotherRegion(), getClass()).addTerraformFile("bad.tf")
        .withLiveSnapshot("live.json").findings().stream()
        .sorted(java.util.Comparator.comparing(Finding::message)).toList();
    assertEquals(2, found.size(), found.toString());
    assertEquals("Service google_cloud_run_v2_service.eu (europe-west1) uses Cloud SQL projects/acme/instances/pg in "
        + "us-central1: every request crosses regions (latency, inter-region egress, two regions' failures)",
        found.get(0).message());
    assertEquals("Service google_cloud_run_v2_service.eu (europe-west1) uses Redis "
        + "projects/acme/locations/us-central1/instances/cache in us-central1: every request crosses regions (latency, "
        + "inter-region egress, two regions' failures); cross-region clients are documented for Memorystore for Redis "
        + "Cluster, not for this instance", found.get(1).message());
    for (Finding f : found) {
      assertEquals("Run the service in us-central1, or move the data store to europe-west1", f.remediation());
    }
  }
}
