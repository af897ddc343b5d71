package io.vpcgate.rules.connector;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.rules.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * VPCC-05: min_instances 2..9, max_instances 3..10, min &lt; max; instances and throughput not mixed
 * in one pair. The provider has no validation on these fields, so plan passes and apply fails.
 */
@RuleInfo(
    id = "VPCC-05",
    summary = "Serverless VPC connector instance bounds are outside the API's range",
    severity = Severity.BLOCKING,
    category = Category.CAPACITY,
    appliesTo = {VpcConnector.class})
public final class ConnectorInstanceBounds implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(VpcConnector.class).stream().flatMap(c -> findings(ctx, c).stream());
  }

  private static List<Finding> findings(RuleContext ctx, VpcConnector c) {
    List<Finding> out = new ArrayList<>();
    c.maxInstances().known().filter(max -> max < 3 || max > 10).ifPresent(max -> out.add(ctx.finding(c, VpcConnector.MAX_INSTANCES)
        .message("Connector %s: max_instances = %d is outside the API range 3..10; terraform plan accepts it (the "
            + "provider does not validate it) but apply fails", c.address(), max)
        .remediation("Set max_instances to at most 10; for more capacity use machine_type = \"e2-standard-4\" or a "
            + "second connector")
        .build()));
    c.minInstances().known().filter(min -> min < 2 || min > 9).ifPresent(min -> out.add(ctx.finding(c, VpcConnector.MIN_INSTANCES)
        .message("Connector %s: min_instances = %d is outside the API range 2..9; apply fails", c.address(), min)
        .remediation("Set min_instances between 2 and 9, below max_instances")
        .build()));
    if (c.minInstances().isKnown() && c.maxInstances().isKnown()) {
      int min = c.minInstances().known().get();
      int max = c.maxInstances().known().get();
      if (min >= max && min >= 2 && min <= 9 && max >= 3 && max <= 10) {
        out.add(ctx.finding(c, VpcConnector.MIN_INSTANCES)
            .message("Connector %s: min_instances = %d must be less than max_instances = %d", c.address(), min, max)
            .remediation("Set min_instances below max_instances, e.g. min_instances = %d", Math.max(2, max - 1))
            .build());
      }
    }
    mixed(ctx, c, "min", c.minInstances(), c.minThroughput()).ifPresent(out::add);
    mixed(ctx, c, "max", c.maxInstances(), c.maxThroughput()).ifPresent(out::add);
    return out;
  }

  /** Both configured (not merely computed: the API derives throughput from instances and a plan shows both), neither null. */
  private static java.util.Optional<Finding> mixed(RuleContext ctx, VpcConnector c, String bound,
      io.vpcgate.model.Attr<Integer> instancesValue, io.vpcgate.model.Attr<Integer> throughputValue) {
    if (c.origin().side() == io.vpcgate.model.Side.LIVE) {
      return java.util.Optional.empty(); // the API reports the throughput it derives from instances: both show, live
    }
    boolean min = bound.equals("min");
    Setting instances = Setting.of(c, min ? VpcConnector.MIN_INSTANCES : VpcConnector.MAX_INSTANCES, instancesValue);
    Setting throughput = Setting.of(c, min ? VpcConnector.MIN_THROUGHPUT : VpcConnector.MAX_THROUGHPUT, throughputValue);
    if (instances == Setting.UNSET || throughput == Setting.UNSET) {
      return java.util.Optional.empty();
    }
    if (instances == Setting.UNKNOWN || throughput == Setting.UNKNOWN) {
      ctx.notEvaluated(c, RuleContext.at(c, min ? VpcConnector.MIN_THROUGHPUT : VpcConnector.MAX_THROUGHPUT),
          "whether both " + bound + "_instances and " + bound + "_throughput are set: " + (instances == Setting.UNKNOWN
              ? Setting.unknownReason(bound + "_instances", instancesValue)
              : Setting.unknownReason(bound + "_throughput", throughputValue)));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(ctx.finding(c, bound.equals("min") ? VpcConnector.MIN_THROUGHPUT : VpcConnector.MAX_THROUGHPUT)
        .message("Connector %s sets both %s_instances and %s_throughput; the provider rejects the pair (\"conflicts "
            + "with\") because the API ignores throughput when instances are given", c.address(), bound, bound)
        .remediation("Remove %s_throughput and keep %s_instances (throughput is derived as instances x 100)", bound, bound)
        .build());
  }
}
