package io.vpcgate.rules.connector;

import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.RedisInstance;
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
 * VPCC-11: the connector's /28 must not overlap a range exported over peering: a Memorystore
 * DIRECT_PEERING reserved range or a Private Service Access allocation on the same network.
 */
@RuleInfo(
    id = "VPCC-11",
    summary = "Serverless VPC connector range overlaps a Redis or Private Service Access range",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {VpcConnector.class, RedisInstance.class, GlobalAddress.class})
public final class ConnectorRangeOverlapsReservedRange implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return RangeClash.find(ctx, Set.of(Kind.REDIS, Kind.PSA)).map(x -> ctx.finding(x.connector(), VpcConnector.IP_CIDR_RANGE)
        .message("Connector %s range %s overlaps %s %s on network %s; the API rejects it (\"overlaps with an "
            + "active peer network\")", x.connector().address(), x.range(), x.taken().label(), x.taken().range(),
            x.network().name())
        .remediation("%s", x.suggestion("Give the connector an unused /28 outside " + x.taken().range()))
        .related(x.taken().owner().origin().location())
        .build());
  }
}
