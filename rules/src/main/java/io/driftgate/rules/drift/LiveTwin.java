package io.driftgate.rules.drift;

import io.driftgate.engine.RuleContext;
import io.driftgate.model.CloudRunService;
import io.driftgate.model.Resource;
import io.driftgate.model.ResourceGraph;
import java.util.Locale;
import java.util.Optional;

/** Joins a Terraform resource with its live twin and its last-applied state, by identity and address. */
final class LiveTwin {
  private LiveTwin() {}

  static Optional<Resource> live(RuleContext ctx, Resource desired) {
    return ctx.live().flatMap(l -> find(l, desired));
  }

  static Optional<Resource> lastApplied(RuleContext ctx, Resource desired) {
    return ctx.lastApplied().flatMap(g -> g.resources().stream()
        .filter(r -> r.address().equals(desired.address()) && r.getClass() == desired.getClass()).findFirst());
  }

  static Optional<Resource> find(ResourceGraph graph, Resource r) {
    return graph.resources().stream().filter(x -> x.getClass() == r.getClass() && x.id().sameAs(r.id())).findFirst();
  }

  /** A live service whose last change the API attributes to gcloud or the console: changed by hand. */
  static boolean changedByHand(Resource live) {
    return live instanceof CloudRunService s && s.provenance().client().known()
        .map(c -> c.toLowerCase(Locale.ROOT)).map(c -> c.contains("gcloud") || c.contains("console")).orElse(false);
  }
}
