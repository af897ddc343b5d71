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
import io.driftgate.rules.NetworkRanges.Taken;
import java.util.List;
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
    resourceTypes = {"google_vpc_access_connector", "google_compute_subnetwork"})
public final class ConnectorRangeOverlapsSubnet implements Rule {

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
    List<Taken> clashes = ranges.overlapping(range, c).stream()
        .filter(t -> t.kind() == Kind.SUBNET || t.kind() == Kind.CONNECTOR).toList();
    return clashes.stream().map(t -> ctx.finding(c, "ip_cidr_range")
        .message("Connector %s range %s overlaps %s (%s) in network %s; the API fails with \"Invalid IP CIDR range "
            + "was provided. It conflicts with an existing subnetwork\" and can leave a broken connector",
            c.address(), range, t.label(), t.range(), network.name())
        .remediation("%s", ranges.freeBlockAfter(t.range(), 28)
            .map(free -> "Pick a free /28, e.g. ip_cidr_range = \"" + free + "\"")
            .orElse("Pick an unused /28 in the network"))
        .related(t.owner().origin().location())
        .build());
  }
}
