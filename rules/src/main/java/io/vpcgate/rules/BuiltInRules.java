package io.vpcgate.rules;

import io.vpcgate.engine.Rule;
import io.vpcgate.rules.alloydb.AlloyDbPsaPrerequisitesMissing;
import io.vpcgate.rules.alloydb.AlloyDbPscEndpointMissing;
import io.vpcgate.rules.appengine.AppEngineBasicScalingOutOfBounds;
import io.vpcgate.rules.appengine.AppEngineConnectorInvalid;
import io.vpcgate.rules.connector.ConnectorInstanceBounds;
import io.vpcgate.rules.connector.ConnectorMachineTypeInvalid;
import io.vpcgate.rules.connector.ConnectorNameInvalid;
import io.vpcgate.rules.connector.ConnectorNetworkAndSubnetConflict;
import io.vpcgate.rules.connector.ConnectorNotReady;
import io.vpcgate.rules.connector.ConnectorRangeNotCanonical28;
import io.vpcgate.rules.connector.ConnectorRangeOverlapsReservedRange;
import io.vpcgate.rules.connector.ConnectorRangeOverlapsSubnet;
import io.vpcgate.rules.connector.ConnectorReplacedWhileInUse;
import io.vpcgate.rules.connector.ConnectorSubnetNotDedicated28;
import io.vpcgate.rules.connector.ConnectorThroughputInvalid;
import io.vpcgate.rules.dns.PrivateDnsNameUnresolvable;
import io.vpcgate.rules.drift.AttributeDrift;
import io.vpcgate.rules.drift.ChangedOutsideTerraform;
import io.vpcgate.rules.drift.EnvNameNearMiss;
import io.vpcgate.rules.drift.ManagedResourceMissingLive;
import io.vpcgate.rules.drift.UnmanagedLiveResource;
import io.vpcgate.rules.functions.FunctionConnectorAndDirectVpc;
import io.vpcgate.rules.functions.FunctionConnectorShortName;
import io.vpcgate.rules.functions.FunctionEgressSettingInvalid;
import io.vpcgate.rules.functions.FunctionEgressSettingWithoutItsPath;
import io.vpcgate.rules.jobs.JobTaskBoundsInvalid;
import io.vpcgate.rules.jobs.JobVpcEgressInvalid;
import io.vpcgate.rules.memcache.MemcachePrivateServiceAccessMissing;
import io.vpcgate.rules.psc.RedisClusterPortsBlocked;
import io.vpcgate.rules.psc.ServiceConnectionPolicyDuplicated;
import io.vpcgate.rules.psc.ServiceConnectionPolicyMissing;
import io.vpcgate.rules.redis.RedisNameInvalidOrReplaced;
import io.vpcgate.rules.redis.RedisNetworkNotInProject;
import io.vpcgate.rules.redis.RedisReservedRangeInvalid;
import io.vpcgate.rules.redis.RedisTransitEncryptionChanged;
import io.vpcgate.rules.run.CloudRunEgressInvalid;
import io.vpcgate.rules.run.CloudRunEnvHygiene;
import io.vpcgate.rules.run.CloudRunIamMissing;
import io.vpcgate.rules.run.CloudRunProbeLimits;
import io.vpcgate.rules.run.CloudRunScalingBoundsInvalid;
import io.vpcgate.rules.run.CloudRunSecretUnavailable;
import io.vpcgate.rules.run.CloudRunTimeoutOrConcurrencyInvalid;
import io.vpcgate.rules.run.CloudRunVpcAccessAmbiguous;
import io.vpcgate.rules.run.CloudSqlAttachmentUnresolved;
import io.vpcgate.rules.sql.ConnectionBudgetExceeded;
import io.vpcgate.rules.sql.PsaConnectionDeletedInUse;
import io.vpcgate.rules.sql.PsaProducerWithoutDependency;
import io.vpcgate.rules.sql.PsaRangeTooSmall;
import io.vpcgate.rules.sql.SqlIpConfigInvalid;
import io.vpcgate.rules.sql.SqlPrivateIpPrerequisitesMissing;
import io.vpcgate.rules.sql.SqlTierInvalid;
import io.vpcgate.rules.terraform.UnknownAttribute;
import io.vpcgate.rules.wiring.AllTrafficWithPublicSql;
import io.vpcgate.rules.wiring.AllTrafficWithoutNat;
import io.vpcgate.rules.wiring.ConnectorNetworkMismatch;
import io.vpcgate.rules.wiring.DataStoreInAnotherRegion;
import io.vpcgate.rules.wiring.DirectVpcSubnetExhausted;
import io.vpcgate.rules.wiring.EgressMissesTargetRange;
import io.vpcgate.rules.wiring.FirewallDeniesConnectorEgress;
import io.vpcgate.rules.wiring.HardCodedEndpointReplaced;
import io.vpcgate.rules.wiring.PrivateTargetWithoutVpcEgress;
import io.vpcgate.rules.wiring.RedisAuthOrTlsNotConfigured;
import io.vpcgate.rules.wiring.RedisEndpointMismatch;
import io.vpcgate.rules.wiring.SharedVpcAgentRoleMissing;
import io.vpcgate.rules.wiring.SharedVpcServiceProjectNotAttached;
import io.vpcgate.rules.wiring.SqlCaModeNeedsGen2;
import io.vpcgate.rules.wiring.WorkloadConnectorRegionMismatch;
import io.vpcgate.rules.wiring.WorkloadConnectorUnresolved;
import java.util.List;

/** The built-in rules, sorted by catalogue ID. No classpath scanning: AllRulesTest checks the list. */
public final class BuiltInRules {
  private BuiltInRules() {}

  public static List<Rule> all() {
    return List.of(
        new AlloyDbPscEndpointMissing(), // ADB-01
        new AlloyDbPsaPrerequisitesMissing(), // ADB-02
        new CloudRunVpcAccessAmbiguous(), // CR-01
        new WorkloadConnectorUnresolved(), // CR-02
        new WorkloadConnectorRegionMismatch(), // CR-03
        new CloudRunEgressInvalid(), // CR-04
        new CloudRunScalingBoundsInvalid(), // CR-05
        new CloudRunTimeoutOrConcurrencyInvalid(), // CR-06
        new CloudRunProbeLimits(), // CR-07
        new CloudRunEnvHygiene(), // CR-08
        new CloudRunSecretUnavailable(), // CR-09
        new CloudSqlAttachmentUnresolved(), // CR-10
        new CloudRunIamMissing(), // CR-11
        new PrivateDnsNameUnresolvable(), // DNS-01
        new AttributeDrift(), // DRIFT-01
        new ManagedResourceMissingLive(), // DRIFT-02
        new UnmanagedLiveResource(), // DRIFT-03
        new ChangedOutsideTerraform(), // DRIFT-04
        new EnvNameNearMiss(), // DRIFT-06
        new FunctionEgressSettingInvalid(), // FN-01
        new FunctionConnectorAndDirectVpc(), // FN-02
        new FunctionEgressSettingWithoutItsPath(), // FN-03
        new FunctionConnectorShortName(), // FN-04
        new AppEngineConnectorInvalid(), // GAE-01
        new AppEngineBasicScalingOutOfBounds(), // GAE-02
        new JobVpcEgressInvalid(), // JOB-01
        new JobTaskBoundsInvalid(), // JOB-02
        new MemcachePrivateServiceAccessMissing(), // MEMC-01
        new ServiceConnectionPolicyMissing(), // PSC-01
        new ServiceConnectionPolicyDuplicated(), // PSC-02
        new RedisClusterPortsBlocked(), // PSC-03
        new RedisNameInvalidOrReplaced(), // REDIS-01
        new RedisNetworkNotInProject(), // REDIS-02
        new RedisReservedRangeInvalid(), // REDIS-03
        new RedisTransitEncryptionChanged(), // REDIS-04
        new SqlIpConfigInvalid(), // SQL-01
        new SqlPrivateIpPrerequisitesMissing(), // SQL-02
        new SqlTierInvalid(), // SQL-03
        new PsaRangeTooSmall(), // SQL-04
        new PsaConnectionDeletedInUse(), // SQL-05
        new PsaProducerWithoutDependency(), // SQL-06
        new UnknownAttribute(), // TF-01
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
        new PrivateTargetWithoutVpcEgress(), // WIRE-01
        new ConnectorNetworkMismatch(), // WIRE-02
        new EgressMissesTargetRange(), // WIRE-03
        new AllTrafficWithoutNat(), // WIRE-04
        new AllTrafficWithPublicSql(), // WIRE-05
        new RedisEndpointMismatch(), // WIRE-06
        new FirewallDeniesConnectorEgress(), // WIRE-07
        new RedisAuthOrTlsNotConfigured(), // WIRE-08
        new ConnectionBudgetExceeded(), // WIRE-09
        new HardCodedEndpointReplaced(), // WIRE-10
        new DataStoreInAnotherRegion(), // WIRE-11
        new SqlCaModeNeedsGen2(), // WIRE-12
        new DirectVpcSubnetExhausted(), // WIRE-13
        new SharedVpcAgentRoleMissing(), // WIRE-14
        new SharedVpcServiceProjectNotAttached()); // WIRE-15
  }
}
