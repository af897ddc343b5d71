package io.vpcgate.rules.connector;

import io.vpcgate.engine.RuleContext;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.graph.NetworkRanges;
import io.vpcgate.graph.NetworkRanges.Kind;
import io.vpcgate.graph.NetworkRanges.Taken;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A desired connector's /28 overlapping a range already taken in its network (in the world after
 * deploy), with a free /28 to suggest instead. Shared by VPCC-10 and VPCC-11.
 */
record RangeClash(VpcConnector connector, Cidr range, NetworkRef network, Taken taken, NetworkRanges ranges) {

  /** Every clash of each connector Terraform declares with ranges of the given kinds. */
  static Stream<RangeClash> find(RuleContext ctx, Set<Kind> kinds) {
    return ctx.desired().all(VpcConnector.class).stream().flatMap(c -> {
      if (c.range().isEmpty() || c.network().known().isEmpty()) {
        return Stream.empty(); // unknown range or network: no guessing
      }
      NetworkRanges ranges = ctx.index().ranges(c.network().known().get());
      return ranges.overlapping(c.range().get(), c).stream()
          .filter(t -> kinds.contains(t.kind()))
          .map(t -> new RangeClash(c, c.range().get(), c.network().known().get(), t, ranges));
    });
  }

  /** "e.g. ip_cidr_range = ..." with a free /28 after the taken range, when one is known to be free. */
  String suggestion(String lead) {
    return ranges.freeBlockAfter(taken.range(), 28)
        .map(free -> lead + ", e.g. ip_cidr_range = \"" + free + "\"")
        .orElse(lead);
  }
}
