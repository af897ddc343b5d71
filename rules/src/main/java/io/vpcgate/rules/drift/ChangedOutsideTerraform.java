package io.vpcgate.rules.drift;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Resource;
import io.vpcgate.rules.LiveTwin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * DRIFT-04: the live service was last changed outside Terraform (the API's client is gcloud or the
 * console) and differs from Terraform: applying replaces the live values, undoing the hand-made
 * change. BLOCKING for network fields (connector, egress, network interfaces, env names), WARNING
 * otherwise. The API says who changed the service last, not which field, so the message says no more.
 */
@RuleInfo(
    id = "DRIFT-04",
    summary = "Cloud Run service was changed outside Terraform and the apply reverts it",
    severity = Severity.BLOCKING,
    category = Category.DRIFT,
    appliesTo = {CloudRunService.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class ChangedOutsideTerraform implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloudRunService d : ctx.desired().all(CloudRunService.class)) {
      Optional<Resource> live = LiveTwin.live(ctx, d).filter(LiveTwin::changedByHand);
      if (live.isEmpty()) {
        continue;
      }
      CloudRunService.Provenance p = ((CloudRunService) live.get()).provenance();
      String who = "client " + p.client().known().orElse("?") + p.clientVersion().known().map(v -> " " + v).orElse("")
          + p.lastModifier().known().map(m -> ", by " + m).orElse("");
      for (DriftField<Resource> c : Kinds.drift(d)) {
        if (RuleContext.ignoresChanges(d, c.field()) || !c.differs(d, live.get())) {
          continue;
        }
        String values = Optional.ofNullable(c.detailOf(d, live.get()))
            .orElse("is " + c.textOf(live.get()) + " live and " + c.textOf(d) + " in Terraform");
        out.add(ctx.finding(d, c.field()).severity(c.network() ? Severity.BLOCKING : Severity.WARNING)
            .sameChangeAs("last change outside Terraform")
            .drift(c.label(), c.textOf(d), c.textOf(live.get()))
            .message("Service %s was last changed outside Terraform (%s) and differs from it: %s %s; applying "
                + "replaces the live value, undoing whatever was done by hand", d.address(), who, c.label(), values)
            .remediation("Put the hand-made change into Terraform (%s) if it is needed, or confirm it may be reverted",
                c.label())
            .build());
      }
    }
    return out.stream();
  }
}
