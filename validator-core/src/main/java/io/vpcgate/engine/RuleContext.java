package io.vpcgate.engine;

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

  /** A finding about {@code resource}, located at {@code attributePath} (or the nearest enclosing one). */
  public Finding.Builder finding(Resource resource, String attributePath) {
    return new Finding.Builder(rule, resource.address(), resource.origin().at(attributePath));
  }

  public Finding.Builder finding(Resource resource, Location at) {
    return new Finding.Builder(rule, resource.address(), at);
  }
}
