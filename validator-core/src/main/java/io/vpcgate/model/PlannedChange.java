package io.vpcgate.model;

import java.util.List;

/**
 * What a Terraform plan does to a resource: its actions ({@code create}, {@code update}, {@code
 * delete}, {@code no-op}; a replacement is delete+create in either order) and the attributes that
 * force the replacement. {@link #NONE} when there is no plan (an HCL scan).
 */
public record PlannedChange(List<String> actions, List<String> replacePaths) {
  public static final PlannedChange NONE = new PlannedChange(List.of(), List.of());

  public PlannedChange {
    actions = List.copyOf(actions);
    replacePaths = List.copyOf(replacePaths);
  }

  public boolean isKnown() {
    return !actions.isEmpty();
  }

  public boolean deletes() {
    return actions.equals(List.of("delete"));
  }

  /** A plan that creates the resource (it does not exist yet): nothing live to compare it with. */
  public boolean creates() {
    return actions.equals(List.of("create"));
  }

  public boolean replaces() {
    return actions.contains("delete") && actions.contains("create");
  }
}
