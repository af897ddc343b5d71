package io.vpcgate.rules.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Engine;
import io.vpcgate.engine.LiveState;
import io.vpcgate.engine.Report;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.model.Coverage;
import io.vpcgate.model.ResourceGraph;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An audit judges the live functions themselves: the API reports a setting left unset as its enum's
 * UNSPECIFIED value, which is the default, not an invalid value; a value of no enum still is.
 */
class FunctionEgressSettingInvalidLiveTest {
  private static Report audit(String connectorEgress, String directEgress) {
    ResourceGraph live = SnapshotReader.parseSnapshot("""
        [{"name": "//cloudfunctions.googleapis.com/projects/acme/locations/us-central1/functions/ingest",
          "assetType": "cloudfunctions.googleapis.com/Function",
          "resource": {"version": "v2", "data": {"name": "projects/acme/locations/us-central1/functions/ingest",
            "environment": "GEN_2", "serviceConfig": {
              "service": "projects/acme/locations/us-central1/services/ingest",
              "vpcConnectorEgressSettings": "%s", "directVpcEgress": "%s"}}}}]"""
        .formatted(connectorEgress, directEgress), "live.json", false).graph();
    return new Engine(List.of(new FunctionEgressSettingInvalid())).run(live, ResourceGraph.EMPTY,
        Optional.of(LiveState.of(live, Coverage.NONE)), Optional.empty(), Optional.empty(), List.of());
  }

  @Test
  void theApisUnspecifiedValues_areTheDefault() {
    Report r = audit("VPC_CONNECTOR_EGRESS_SETTINGS_UNSPECIFIED", "DIRECT_VPC_EGRESS_UNSPECIFIED");
    assertEquals(List.of(), r.findings(), r.findings().toString());
  }

  @Test
  void aValueOfNoEnum_isStillReported() {
    Report r = audit("VPC_CONNECTOR_EGRESS_SETTINGS_UNSPECIFIED", "SOMETIMES");
    assertEquals(1, r.findings().size(), r.findings().toString());
  }
}
