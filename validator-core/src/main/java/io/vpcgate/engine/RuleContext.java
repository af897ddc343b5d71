package io.vpcgate.engine;

import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Field;
import io.vpcgate.model.Location;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import java.util.Optional;

/**
 * What a rule sees: the desired graph (Terraform), the live graph when given, and the world after
 * deploy (live overlaid with the desired changes; the desired graph alone when there is no live).
 */
public final class RuleContext {
  private final RuleMetadata rule;
  private final ResourceGraph desired;
  private final Optional<ResourceGraph> live;
  private final ResourceGraph world;
  private final Optional<ResourceGraph> lastApplied;

  public RuleContext(RuleMetadata rule, ResourceGraph desired, Optional<ResourceGraph> live, ResourceGraph world) {
    this(rule, desired, live, world, Optional.empty());
  }

  public RuleContext(RuleMetadata rule, ResourceGraph desired, Optional<ResourceGraph> live, ResourceGraph world,
      Optional<ResourceGraph> lastApplied) {
    this.rule = rule;
    this.desired = desired;
    this.live = live;
    this.world = world;
    this.lastApplied = lastApplied;
  }

  /** What the last apply made true (Terraform state), when given: drift is live differing from it. */
  public Optional<ResourceGraph> lastApplied() {
    return lastApplied;
  }

  public ResourceGraph desired() {
    return desired;
  }

  public Optional<ResourceGraph> live() {
    return live;
  }

  public ResourceGraph world() {
    return world;
  }

  /**
   * A finding about {@code resource}, located where its Terraform type writes {@code field} (or the
   * nearest enclosing attribute that is written, else the block; a live resource: the resource).
   */
  public Finding.Builder finding(Resource resource, Field field) {
    return new Finding.Builder(rule, resource.address(), at(resource, field));
  }

  /** Where {@code field} of {@code resource} is written. */
  public static Location at(Resource resource, Field field) {
    return Kinds.path(resource, field).map(p -> resource.origin().at(p)).orElse(resource.origin().location());
  }

  /**
   * Whether the configuration sets {@code field} (empty when the origin does not know what was
   * configured: a live resource, or a plan without its configuration).
   */
  public static Optional<Boolean> configured(Resource resource, Field field) {
    Optional<String> path = Kinds.path(resource, field);
    return path.isEmpty() ? Optional.of(false) : resource.origin().configured(path.get());
  }

  /** Whether {@code lifecycle { ignore_changes }} covers {@code field} of {@code resource}. */
  public static boolean ignoresChanges(Resource resource, Field field) {
    return Kinds.path(resource, field).map(p -> resource.origin().ignoresChanges(p)).orElse(false);
  }

  public Finding.Builder finding(Resource resource, Location at) {
    return new Finding.Builder(rule, resource.address(), at);
  }
}
