package io.vpcgate.rules.drift;

import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Resource;
import io.vpcgate.rules.LiveTwin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * DRIFT-01: an attribute differs between Terraform and the live resource, after normalisation.
 * With state, only true drift is reported (live differs from what the last apply set; network
 * fields BLOCKING); without it, a difference may be the change this deploy intends, so it is a
 * WARNING for network fields and INFO otherwise. Services changed by hand are DRIFT-04's.
 */
@RuleInfo(
    id = "DRIFT-01",
    summary = "Terraform and the live resource differ in an attribute",
    severity = Severity.WARNING,
    category = Category.DRIFT,
    appliesTo = {VpcConnector.class, Workload.class, DataStore.class, Subnetwork.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class AttributeDrift implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Resource d : ctx.desired().resources()) {
      Optional<Resource> live = LiveTwin.live(ctx, d);
      if (live.isEmpty()) {
        notCovered(ctx, d);
        continue;
      }
      if (LiveTwin.changedByHand(live.get())) {
        continue;
      }
      Optional<Resource> last = LiveTwin.lastApplied(ctx, d);
      for (DriftField<Resource> c : Kinds.drift(d)) {
        if (RuleContext.ignoresChanges(d, c.field()) || !c.differs(d, live.get())) {
          continue;
        }
        if (last.isPresent() && !c.differs(last.get(), live.get())) {
          continue; // live is what the last apply set: this deploy changes it on purpose
        }
        out.add(finding(ctx, d, live.get(), last, c));
      }
    }
    return out.stream();
  }

  /**
   * A resource with no live twin is new, or gone (DRIFT-02 says which); where its kind was not read
   * there, its drift was not judged, and the report says so.
   */
  private static void notCovered(RuleContext ctx, Resource d) {
    if (d.origin().change().creates() || Kinds.drift(d).isEmpty()) {
      return;
    }
    ctx.notCovered(Kinds.of(d).name(), d.id().project().known(), d.id().region().known())
        .ifPresent(why -> ctx.notEvaluated(d, d.origin().location(), "drift: " + why));
  }

  private static Finding finding(RuleContext ctx, Resource d, Resource live, Optional<Resource> last,
      DriftField<Resource> c) {
    String desired = c.textOf(d);
    String now = c.textOf(live);
    String detail = Optional.ofNullable(c.detailOf(d, live)).orElse("Terraform sets " + desired + ", live has " + now);
    Finding.Builder b = ctx.finding(d, c.field()).drift(c.label(), desired, now);
    if (last.isPresent()) {
      return b.severity(c.network() ? Severity.BLOCKING : Severity.WARNING)
          .message("%s: %s changed outside Terraform since the last apply (state has %s): %s; the next apply reverts it",
              d.address(), c.label(), c.textOf(last.get()), detail)
          .remediation("Codify the live change in Terraform if it is wanted, or let the apply revert it; make changes "
              + "through Terraform, not by hand")
          .build();
    }
    return b.severity(c.network() ? Severity.WARNING : Severity.INFO)
        .message("%s: %s differs from the live resource: %s; the apply sets Terraform's value (a change this deploy "
            + "intends, or drift: give --state to tell)", d.address(), c.label(), detail)
        .remediation("If the live value was set by hand and is wanted, put it in Terraform before applying")
        .build();
  }
}
