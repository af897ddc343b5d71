package io.vpcgate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable set of resources: the desired graph, the live graph, or the world after deploy. The
 * desired graph also holds the {@code data} sources its configuration reads resources with.
 */
public record ResourceGraph(List<Resource> resources, List<DataSourceRead> reads) {
  public static final ResourceGraph EMPTY = new ResourceGraph(List.of());

  public ResourceGraph {
    resources = List.copyOf(resources);
    reads = List.copyOf(reads);
  }

  public ResourceGraph(List<Resource> resources) {
    this(resources, List.of());
  }

  public <T extends Resource> List<T> all(Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public Optional<Resource> find(ResourceId id) {
    return resources.stream().filter(r -> r.id().sameAs(id)).findFirst();
  }

  public boolean isEmpty() {
    return resources.isEmpty();
  }

  /**
   * The world after deploy: live resources, with every resource Terraform declares replacing its
   * live twin (its after-apply attributes filled from the twin), plus the ones Terraform creates.
   */
  public static ResourceGraph afterDeploy(ResourceGraph live, ResourceGraph desired) {
    return afterDeploy(live, desired, EMPTY);
  }

  /**
   * As {@link #afterDeploy(ResourceGraph, ResourceGraph)}, without the live twins of what the plan
   * deletes. Twins are looked up in a {@link TwinIndex}, so an audit, where every live resource is
   * also desired, stays linear across an organisation.
   */
  public static ResourceGraph afterDeploy(ResourceGraph live, ResourceGraph desired, ResourceGraph deleted) {
    TwinIndex twins = new TwinIndex(live.resources);
    List<Resource> out = new ArrayList<>();
    for (Resource d : deleted.resources) {
      twins.take(d);
    }
    for (Resource d : desired.resources) {
      Optional<Resource> twin = twins.take(d);
      out.add(d.origin().change().replaces() ? d : twin.map(d::withComputedFrom).orElse(d));
    }
    out.addAll(twins.untaken());
    return new ResourceGraph(out);
  }
}
