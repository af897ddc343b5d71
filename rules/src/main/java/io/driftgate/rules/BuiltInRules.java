package io.driftgate.rules;

import io.driftgate.engine.Rule;
import io.driftgate.rules.connector.ConnectorInstanceBounds;
import io.driftgate.rules.connector.ConnectorMachineTypeInvalid;
import io.driftgate.rules.connector.ConnectorNameInvalid;
import io.driftgate.rules.connector.ConnectorNetworkAndSubnetConflict;
import io.driftgate.rules.connector.ConnectorRangeNotCanonical28;
import io.driftgate.rules.connector.ConnectorRangeOverlapsReservedRange;
import io.driftgate.rules.connector.ConnectorRangeOverlapsSubnet;
import io.driftgate.rules.drift.AttributeDrift;
import io.driftgate.rules.drift.ChangedOutsideTerraform;
import io.driftgate.rules.drift.EnvNameNearMiss;
import io.driftgate.rules.drift.ManagedResourceMissingLive;
import io.driftgate.rules.drift.UnmanagedLiveResource;
import io.driftgate.rules.run.CloudRunConnectorRegionMismatch;
import io.driftgate.rules.run.CloudRunConnectorUnresolved;
import io.driftgate.rules.run.CloudRunEgressInvalid;
import io.driftgate.rules.run.CloudRunProbeLimits;
import io.driftgate.rules.run.CloudRunVpcAccessAmbiguous;
import io.driftgate.rules.sql.ConnectionBudgetExceeded;
import io.driftgate.rules.sql.SqlTierInvalid;
import io.driftgate.rules.wiring.CloudRunEgressMissesTargetRange;
import io.driftgate.rules.wiring.CloudRunPrivateTargetWithoutVpcEgress;
import io.driftgate.rules.wiring.ConnectorNetworkMismatch;
import io.driftgate.rules.wiring.RedisEndpointMismatch;
import java.util.List;

/** The built-in rules, sorted by catalogue ID. No classpath scanning: AllRulesTest checks the list. */
public final class BuiltInRules {
  private BuiltInRules() {}

  public static List<Rule> all() {
    return List.of(
        new CloudRunVpcAccessAmbiguous(), // CR-01
        new CloudRunConnectorUnresolved(), // CR-02
        new CloudRunConnectorRegionMismatch(), // CR-03
        new CloudRunEgressInvalid(), // CR-04
        new CloudRunProbeLimits(), // CR-07
        new AttributeDrift(), // DRIFT-01
        new ManagedResourceMissingLive(), // DRIFT-02
        new UnmanagedLiveResource(), // DRIFT-03
        new ChangedOutsideTerraform(), // DRIFT-04
        new EnvNameNearMiss(), // DRIFT-06
        new SqlTierInvalid(), // SQL-03
        new ConnectorNameInvalid(), // VPCC-01
        new ConnectorNetworkAndSubnetConflict(), // VPCC-02
        new ConnectorRangeNotCanonical28(), // VPCC-03
        new ConnectorInstanceBounds(), // VPCC-05
        new ConnectorMachineTypeInvalid(), // VPCC-07
        new ConnectorRangeOverlapsSubnet(), // VPCC-10
        new ConnectorRangeOverlapsReservedRange(), // VPCC-11
        new CloudRunPrivateTargetWithoutVpcEgress(), // WIRE-01
        new ConnectorNetworkMismatch(), // WIRE-02
        new CloudRunEgressMissesTargetRange(), // WIRE-03
        new RedisEndpointMismatch(), // WIRE-06
        new ConnectionBudgetExceeded()); // WIRE-09
  }
}
