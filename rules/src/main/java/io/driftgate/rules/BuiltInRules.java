package io.driftgate.rules;

import io.driftgate.engine.Rule;
import io.driftgate.rules.connector.ConnectorInstanceBounds;
import io.driftgate.rules.connector.ConnectorMachineTypeInvalid;
import io.driftgate.rules.connector.ConnectorNameInvalid;
import io.driftgate.rules.connector.ConnectorNetworkAndSubnetConflict;
import io.driftgate.rules.connector.ConnectorNotReady;
import io.driftgate.rules.connector.ConnectorReplacedWhileInUse;
import io.driftgate.rules.connector.ConnectorSubnetNotDedicated28;
import io.driftgate.rules.connector.ConnectorThroughputInvalid;
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
import io.driftgate.rules.run.CloudRunEnvHygiene;
import io.driftgate.rules.run.CloudRunIamMissing;
import io.driftgate.rules.run.CloudRunScalingBoundsInvalid;
import io.driftgate.rules.run.CloudRunSecretUnavailable;
import io.driftgate.rules.run.CloudRunTimeoutOrConcurrencyInvalid;
import io.driftgate.rules.run.CloudSqlAttachmentUnresolved;
import io.driftgate.rules.run.CloudRunProbeLimits;
import io.driftgate.rules.run.CloudRunVpcAccessAmbiguous;
import io.driftgate.rules.redis.RedisNameInvalidOrReplaced;
import io.driftgate.rules.redis.RedisNetworkNotInProject;
import io.driftgate.rules.redis.RedisReservedRangeInvalid;
import io.driftgate.rules.redis.RedisTransitEncryptionChanged;
import io.driftgate.rules.sql.ConnectionBudgetExceeded;
import io.driftgate.rules.sql.PsaRangeTooSmall;
import io.driftgate.rules.sql.SqlIpConfigInvalid;
import io.driftgate.rules.sql.SqlPrivateIpPrerequisitesMissing;
import io.driftgate.rules.sql.SqlTierInvalid;
import io.driftgate.rules.wiring.AllTrafficWithPublicSql;
import io.driftgate.rules.wiring.AllTrafficWithoutNat;
import io.driftgate.rules.wiring.CloudRunEgressMissesTargetRange;
import io.driftgate.rules.wiring.CloudRunPrivateTargetWithoutVpcEgress;
import io.driftgate.rules.wiring.ConnectorNetworkMismatch;
import io.driftgate.rules.wiring.DataStoreInAnotherRegion;
import io.driftgate.rules.wiring.FirewallDeniesConnectorEgress;
import io.driftgate.rules.wiring.HardCodedEndpointReplaced;
import io.driftgate.rules.wiring.RedisAuthOrTlsNotConfigured;
import io.driftgate.rules.wiring.RedisEndpointMismatch;
import io.driftgate.rules.wiring.SqlCaModeNeedsGen2;
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
        new CloudRunScalingBoundsInvalid(), // CR-05
        new CloudRunTimeoutOrConcurrencyInvalid(), // CR-06
        new CloudRunProbeLimits(), // CR-07
        new CloudRunEnvHygiene(), // CR-08
        new CloudRunSecretUnavailable(), // CR-09
        new CloudSqlAttachmentUnresolved(), // CR-10
        new CloudRunIamMissing(), // CR-11
        new AttributeDrift(), // DRIFT-01
        new ManagedResourceMissingLive(), // DRIFT-02
        new UnmanagedLiveResource(), // DRIFT-03
        new ChangedOutsideTerraform(), // DRIFT-04
        new EnvNameNearMiss(), // DRIFT-06
        new RedisNameInvalidOrReplaced(), // REDIS-01
        new RedisNetworkNotInProject(), // REDIS-02
        new RedisReservedRangeInvalid(), // REDIS-03
        new RedisTransitEncryptionChanged(), // REDIS-04
        new SqlIpConfigInvalid(), // SQL-01
        new SqlPrivateIpPrerequisitesMissing(), // SQL-02
        new SqlTierInvalid(), // SQL-03
        new PsaRangeTooSmall(), // SQL-04
        new ConnectorNameInvalid(), // VPCC-01
        new ConnectorNetworkAndSubnetConflict(), // VPCC-02
        new ConnectorRangeNotCanonical28(), // VPCC-03
        new ConnectorSubnetNotDedicated28(), // VPCC-04
        new ConnectorInstanceBounds(), // VPCC-05
        new ConnectorThroughputInvalid(), // VPCC-06
        new ConnectorMachineTypeInvalid(), // VPCC-07
        new ConnectorReplacedWhileInUse(), // VPCC-08
        new ConnectorNotReady(), // VPCC-09
        new ConnectorRangeOverlapsSubnet(), // VPCC-10
        new ConnectorRangeOverlapsReservedRange(), // VPCC-11
        new CloudRunPrivateTargetWithoutVpcEgress(), // WIRE-01
        new ConnectorNetworkMismatch(), // WIRE-02
        new CloudRunEgressMissesTargetRange(), // WIRE-03
        new AllTrafficWithoutNat(), // WIRE-04
        new AllTrafficWithPublicSql(), // WIRE-05
        new RedisEndpointMismatch(), // WIRE-06
        new FirewallDeniesConnectorEgress(), // WIRE-07
        new RedisAuthOrTlsNotConfigured(), // WIRE-08
        new ConnectionBudgetExceeded(), // WIRE-09
        new HardCodedEndpointReplaced(), // WIRE-10
        new DataStoreInAnotherRegion(), // WIRE-11
        new SqlCaModeNeedsGen2()); // WIRE-12
  }
}
