package io.driftgate.rules.connector;

import io.driftgate.engine.Category;
import io.driftgate.engine.Finding;
import io.driftgate.engine.Rule;
import io.driftgate.engine.RuleContext;
import io.driftgate.engine.RuleInfo;
import io.driftgate.engine.Severity;
import io.driftgate.model.Cidr;
import io.driftgate.model.NetworkRef;
import io.driftgate.model.VpcConnector;
import io.driftgate.rules.NetworkRanges;
import io.driftgate.rules.NetworkRanges.Kind;
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
    resourceTypes = {"google_vpc_access_connector", "google_redis_instance", "google_compute_global_address"})
public final class ConnectorRangeOverlapsReservedRange implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(VpcConnector.class).stream().flatMap(c -> findings(ctx, c));
  }

  private static Stream<Finding> findings(RuleContext ctx, VpcConnector c) {
    if (c.range().isEmpty() || c.network().known().isEmpty()) {
      return Stream.empty();
    }
    Cidr range = c.range().get();
    NetworkRef network = c.network().known().get();
    NetworkRanges ranges = NetworkRanges.of(ctx.world(), network);
    return ranges.overlapping(range, c).stream()
        .filter(t -> t.kind() == Kind.REDIS || t.kind() == Kind.PSA)
        .map(t -> ctx.finding(c, "ip_cidr_range")
            .message("Connector %s range %s overlaps %s %s on network %s; the API rejects it (\"overlaps with an "
                + "active peer network\")", c.address(), range, t.label(), t.range(), network.name())
            .remediation("%s", ranges.freeBlockAfter(t.range(), 28)
                .map(free -> "Give the connector an unused /28 outside " + t.range() + ", e.g. ip_cidr_range = \"" + free + "\"")
                .orElse("Give the connector an unused /28 outside " + t.range()))
            .related(t.owner().origin().location())
            .build());
  }
}
