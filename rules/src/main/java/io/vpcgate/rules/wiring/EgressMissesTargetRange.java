package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.EnvEndpoint;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.Workload;
import io.vpcgate.graph.IpRanges;
import io.vpcgate.rules.Subjects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-03: with egress PRIVATE_RANGES_ONLY only RFC 1918 destinations enter the VPC; a target on a
 * Class E address, or a data store on a privately used public address, is sent to the internet
 * (RFC 6598 is not documented for Cloud Run: WARNING).
 */
@RuleInfo(
    id = "WIRE-03",
    summary = "Egress setting does not route the target's address into the VPC",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, DataStore.class})
public final class EgressMissesTargetRange implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.wiring().workloads().stream()
        .filter(w -> w.egress().mayHaveVpcEgress()
            && w.egress().mode().known().map(EgressPath.PRIVATE_RANGES_ONLY::equals).orElse(false))
        .flatMap(w -> ctx.wiring().endpoints(w).stream().flatMap(t -> finding(ctx, w, t).stream()));
  }

  private static Optional<Finding> finding(RuleContext ctx, Workload w, EnvEndpoint t) {
    long ip = t.endpoint().ip();
    if (IpRanges.isRfc1918(ip)) {
      return Optional.empty();
    }
    String what = t.store().map(DataStore::describe).orElse("its target");
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
    return Optional.of(ctx.finding(w, w.origin().at(t.env().valuePath())).severity(severity)
        .message("%s: %s points at %s, %s", Subjects.of(w), t.envName(), what, kind)
        .remediation("Set egress = \"ALL_TRAFFIC\" (and add Cloud NAT if the service also calls the internet)")
        .build());
  }
}
