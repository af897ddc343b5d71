package io.vpcgate.rules.connector;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Attr;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * VPCC-06: min_throughput and max_throughput are discouraged by the provider (use the instance
 * fields) and immutable; when set they must be multiples of 100, min 200..900, max 300..1000,
 * min below max, or the API rejects them.
 */
@RuleInfo(
    id = "VPCC-06",
    summary = "Serverless VPC connector throughput is set, or outside the API's range",
    severity = Severity.WARNING,
    category = Category.VALIDITY,
    appliesTo = {VpcConnector.class})
public final class ConnectorThroughputInvalid implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (VpcConnector c : ctx.desired().all(VpcConnector.class)) {
      if (c.origin().side() == io.vpcgate.model.Side.LIVE) {
        continue; // an audit of live state: the API reports the throughput it derives, whatever was configured
      }
      Optional<Integer> min = configured(c, VpcConnector.MIN_THROUGHPUT, c.minThroughput());
      Optional<Integer> max = configured(c, VpcConnector.MAX_THROUGHPUT, c.maxThroughput());
      boolean invalid = false;
      invalid |= range(ctx, c, VpcConnector.MIN_THROUGHPUT, min, 200, 900, out);
      invalid |= range(ctx, c, VpcConnector.MAX_THROUGHPUT, max, 300, 1000, out);
      if (min.isPresent() && max.isPresent() && min.get() >= max.get()) {
        invalid = true;
        out.add(ctx.finding(c, VpcConnector.MIN_THROUGHPUT).severity(Severity.BLOCKING)
            .message("Connector %s: min_throughput = %d must be less than max_throughput = %d; the API rejects it",
                c.address(), min.get(), max.get())
            .remediation("Use min_instances and max_instances instead (throughput is instances x 100)")
            .build());
      }
      boolean instances = RuleContext.configured(c, VpcConnector.MIN_INSTANCES).orElse(false)
          || RuleContext.configured(c, VpcConnector.MAX_INSTANCES).orElse(false);
      if (!invalid && !instances && (min.isPresent() || max.isPresent())) {
        out.add(ctx.finding(c, min.isPresent() ? VpcConnector.MIN_THROUGHPUT : VpcConnector.MAX_THROUGHPUT)
            .message("Connector %s sets %s; the provider discourages the throughput fields, and they cannot be "
                + "changed later without replacing the connector", c.address(),
                min.isPresent() && max.isPresent() ? "min_throughput and max_throughput"
                    : min.isPresent() ? "min_throughput" : "max_throughput")
            .remediation("Use min_instances = %d and max_instances = %d instead (throughput = instances x 100)",
                min.map(x -> Math.max(2, x / 100)).orElse(2), max.map(x -> Math.min(10, Math.max(3, x / 100))).orElse(10))
            .build());
      }
    }
    return out.stream();
  }

  /** The value when the configuration sets it: a plan also shows the throughput the API derives from instances. */
  private static Optional<Integer> configured(VpcConnector c, io.vpcgate.model.Field field, Attr<Integer> value) {
    return RuleContext.configured(c, field).orElse(!value.isAbsent()) ? value.known() : Optional.empty();
  }

  private static boolean range(RuleContext ctx, VpcConnector c, io.vpcgate.model.Field attribute, Optional<Integer> value, int low,
      int high, List<Finding> out) {
    if (value.isEmpty() || (value.get() % 100 == 0 && value.get() >= low && value.get() <= high)) {
      return false;
    }
    out.add(ctx.finding(c, attribute).severity(Severity.BLOCKING)
        .message("Connector %s: %s = %d is not a multiple of 100 between %d and %d; the API rejects it",
            c.address(), attribute, value.get(), low, high)
        .remediation("Use min_instances and max_instances instead (throughput is instances x 100)")
        .build());
    return true;
  }
}
