package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.rules.EnvTargets;
import io.vpcgate.rules.EnvTargets.Target;
import io.vpcgate.rules.IpRanges;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-03: under PRIVATE_RANGES_ONLY only RFC 1918 (and Private Google Access) destinations enter
 * the VPC. A Class E or privately used public address of a VPC data store is not routed; RFC 6598
 * is not settled by the sources, so it warns.
 */
@RuleInfo(
    id = "WIRE-03",
    summary = "Cloud Run egress setting does not route the target's address into the VPC",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class})
public final class CloudRunEgressMissesTargetRange implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudRunService.class).stream()
        .filter(s -> !s.hasNoVpcEgress() && s.egressMode().known().map("PRIVATE_RANGES_ONLY"::equals).orElse(false))
        .flatMap(s -> EnvTargets.of(s, ctx.world()).stream().flatMap(t -> finding(ctx, s, t).stream()));
  }

  private static Optional<Finding> finding(RuleContext ctx, CloudRunService s, Target t) {
    long ip = t.endpoint().ip();
    if (IpRanges.isRfc1918(ip)) {
      return Optional.empty();
    }
    String what = t.store().map(EnvTargets::describe).orElse("its target");
    String kind;
    Severity severity;
    if (IpRanges.RFC6598.contains(ip)) {
      kind = "an RFC 6598 (100.64.0.0/10) address, which private-ranges-only is not documented to route for Cloud Run";
      severity = Severity.WARNING;
    } else if (IpRanges.CLASS_E.contains(ip)) {
      kind = "a Class E (240.0.0.0/4) address, which private-ranges-only does not route";
      severity = Severity.BLOCKING;
    } else if (t.store().isPresent()) {
      kind = "a privately used public address, which private-ranges-only sends to the internet instead of the VPC";
      severity = Severity.BLOCKING;
    } else {
      return Optional.empty();
    }
    return Optional.of(ctx.finding(s, s.origin().at(t.env().valuePath())).severity(severity)
        .message("Service %s: %s points at %s, %s", s.address(), t.envName(), what, kind)
        .remediation("Set egress = \"ALL_TRAFFIC\" (and add Cloud NAT if the service also calls the internet)")
        .build());
  }
}
