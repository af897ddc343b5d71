package io.vpcgate.rules.connector;

import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.NetworkRanges.Kind;
import java.util.Set;
import java.util.stream.Stream;

/**
 * VPCC-10: the connector's /28 must not overlap a subnet (primary or secondary) or another
 * connector in its network. Compares with live ranges when live state is given, else with the
 * ranges Terraform declares.
 */
@RuleInfo(
    id = "VPCC-10",
    summary = "Serverless VPC connector range overlaps a subnet or another connector",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {VpcConnector.class, Subnetwork.class})
public final class ConnectorRangeOverlapsSubnet implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return RangeClash.find(ctx, Set.of(Kind.SUBNET, Kind.CONNECTOR)).map(x -> ctx.finding(x.connector(), VpcConnector.IP_CIDR_RANGE)
        .message("Connector %s range %s overlaps %s (%s) in network %s; the API fails with \"Invalid IP CIDR range "
            + "was provided. It conflicts with an existing subnetwork\" and can leave a broken connector",
            x.connector().address(), x.range(), x.taken().label(), x.taken().range(), x.network().name())
        .remediation("%s", x.suggestion("Pick a free /28"))
        .related(x.taken().owner().origin().location())
        .build());
  }
}
