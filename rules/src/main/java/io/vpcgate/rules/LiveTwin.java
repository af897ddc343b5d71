package io.vpcgate.rules;

import io.vpcgate.engine.Existing;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import java.util.Locale;
import java.util.Optional;

/**
 * Joins a Terraform resource with its live twin (same kind and identity) and its last-applied
 * state (same address), for the drift rules and the rules that compare Terraform with what exists.
 */
public final class LiveTwin {
  private LiveTwin() {}

  public static Optional<Resource> live(RuleContext ctx, Resource desired) {
    return ctx.live().flatMap(l -> find(l, desired));
  }

  public static Optional<Resource> lastApplied(RuleContext ctx, Resource desired) {
    return ctx.lastApplied().flatMap(g -> g.at(desired.address()).stream()
        .filter(r -> r.getClass() == desired.getClass()).findFirst());
  }

  /** The resource as it is now: its live twin, else its last-applied state (Terraform state, else the plan's prior state). */
  public static Optional<Resource> before(RuleContext ctx, Resource desired) {
    return live(ctx, desired).or(() -> lastApplied(ctx, desired)).or(() -> planPrior(ctx, desired));
  }

  private static Optional<Resource> planPrior(RuleContext ctx, Resource desired) {
    return ctx.existing().filter(e -> e.source() == Existing.Source.PLAN_PRIOR).flatMap(e -> e.twin(desired));
  }

  /** The resource of the same kind and identity in {@code graph}. */
  public static Optional<Resource> find(ResourceGraph graph, Resource r) {
    return graph.twin(r);
  }

  /** A live service whose last change the API attributes to gcloud or the console: changed by hand. */
  public static boolean changedByHand(Resource live) {
    return live instanceof CloudRunService s && s.provenance().client().known()
        .map(c -> c.toLowerCase(Locale.ROOT)).map(c -> c.contains("gcloud") || c.contains("console")).orElse(false);
  }
}
