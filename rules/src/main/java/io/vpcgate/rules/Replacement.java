package io.vpcgate.rules;

import io.vpcgate.engine.RuleContext;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.PlannedChange;
import io.vpcgate.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * Whether applying Terraform replaces a resource (destroy, then create), and why. A plan says so
 * itself (its actions and replace paths); without one, the resource is compared with what exists
 * (its live twin, else its last-applied state) on the fields its kind marks ForceNew. Fields known
 * on one side only never count.
 */
public final class Replacement {
  private Replacement() {}

  /** Why the apply replaces {@code desired}, or empty when it does not or that cannot be told. */
  public static Optional<List<String>> of(RuleContext ctx, Resource desired) {
    PlannedChange change = desired.origin().change();
    List<String> diff = LiveTwin.before(ctx, desired).map(b -> forceNewDiff(desired, b)).orElse(List.of());
    if (!change.isKnown()) {
      return diff.isEmpty() ? Optional.empty() : Optional.of(diff);
    }
    if (!change.replaces()) {
      return Optional.empty();
    }
    if (change.replacePaths().isEmpty()) {
      return Optional.of(diff.isEmpty() ? List.of("the plan replaces it") : diff);
    }
    // The plan's own reasons, each with the values from the comparison where it has them.
    return Optional.of(change.replacePaths().stream()
        .map(p -> diff.stream().filter(d -> d.startsWith(p + " ")).findFirst().orElse(p)).toList());
  }

  /** The ForceNew fields that differ between {@code desired} and the resource as it is. */
  private static List<String> forceNewDiff(Resource desired, Resource before) {
    if (desired.getClass() != before.getClass()) {
      return List.of();
    }
    return Kinds.forceNew(desired).stream().flatMap(f -> f.why(desired, before).stream()).toList();
  }
}
