package io.vpcgate.rules.connector;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.rules.Setting;
import java.util.Optional;
import java.util.stream.Stream;

/** VPCC-02: exactly one of network + ip_cidr_range, or subnet { name }. */
@RuleInfo(
    id = "VPCC-02",
    summary = "Serverless VPC connector sets both or neither of network and subnet",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {VpcConnector.class})
public final class ConnectorNetworkAndSubnetConflict implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(VpcConnector.class).stream().flatMap(c -> finding(ctx, c).stream());
  }

  private static Optional<Finding> finding(RuleContext ctx, VpcConnector c) {
    // "Set" means configured and not null: a plan's values also hold what the provider computes (network, for one).
    Setting networkSetting = Setting.of(c, VpcConnector.NETWORK, c.network());
    Setting subnetSetting = Setting.of(c, VpcConnector.SUBNET_NAME, c.subnetName());
    Setting rangeSetting = Setting.of(c, VpcConnector.IP_CIDR_RANGE, c.ipCidrRange());
    // Each check is decided by the fields it reads: an unknown field elsewhere does not stop it.
    Setting network = networkSetting;
    Setting subnet = subnetSetting;
    Setting range = rangeSetting;
    if (network == Setting.SET && subnet == Setting.SET) {
      return Optional.of(ctx.finding(c, VpcConnector.SUBNET)
          .message("Connector %s sets both network and subnet { name }; the provider accepts exactly one of them",
              c.address())
          .remediation("Keep network + ip_cidr_range for a connector in this project's VPC, or only subnet { name, "
              + "project_id } for an existing /28 subnet (Shared VPC)")
          .build());
    }
    if (network == Setting.UNSET && subnet == Setting.UNSET) {
      return Optional.of(ctx.finding(c, VpcConnector.NAME)
          .message("Connector %s sets neither network nor subnet { name }; the API cannot place it", c.address())
          .remediation("Add network and ip_cidr_range (an unused /28), or subnet { name = \"<a dedicated /28 subnet>\" }")
          .build());
    }
    if (range == Setting.SET && network == Setting.UNSET) {
      return Optional.of(ctx.finding(c, VpcConnector.IP_CIDR_RANGE)
          .message("Connector %s sets ip_cidr_range together with subnet { name }; ip_cidr_range requires network "
              + "and the subnet already defines the range", c.address())
          .remediation("Remove ip_cidr_range, or replace subnet { ... } with network")
          .build());
    }
    if (network == Setting.SET && range == Setting.UNSET) {
      return Optional.of(ctx.finding(c, VpcConnector.NETWORK)
          .message("Connector %s sets network without ip_cidr_range; the API needs the connector's /28 range",
              c.address())
          .remediation("Add ip_cidr_range = an unused /28 in the network, or use subnet { name } instead of network")
          .build());
    }
    if (network == Setting.UNKNOWN || subnet == Setting.UNKNOWN || range == Setting.UNKNOWN) {
      // No check could be decided, and one that reads an unknown field might fail once it is known.
      String why = network == Setting.UNKNOWN ? Setting.unknownReason("network", c.network())
          : subnet == Setting.UNKNOWN ? Setting.unknownReason("subnet.name", c.subnetName())
          : Setting.unknownReason("ip_cidr_range", c.ipCidrRange());
      ctx.notEvaluated(c, RuleContext.at(c, VpcConnector.NAME), why);
    }
    return Optional.empty();
  }
}
