package io.vpcgate.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of resources: the desired graph, the live graph, or the world after deploy. The
 * desired graph also holds the {@code data} sources its configuration reads resources with. Its
 * lookups (by type, identity and address: {@link GraphLookups}) are built on first use, so each
 * costs what it finds, not a scan of the graph.
 */
public final class ResourceGraph {
  public static final ResourceGraph EMPTY = new ResourceGraph(List.of());

  private final List<Resource> resources;
  private final List<DataSourceRead> reads;
  private volatile GraphLookups lookups;

  public ResourceGraph(List<Resource> resources, List<DataSourceRead> reads) {
    this.resources = List.copyOf(AppEnginePlacement.placed(AlloyDbPlacement.placed(resources)));
    this.reads = List.copyOf(reads);
  }

  public ResourceGraph(List<Resource> resources) {
    this(resources, List.of());
  }

  public List<Resource> resources() {
    return resources;
  }

  public List<DataSourceRead> reads() {
    return reads;
  }

  /** The resources of {@code type} (a record or a role), in the graph's order. */
  public <T extends Resource> List<T> all(Class<T> type) {
    return lookups().all(type);
  }

  /** The first resource of the same identity ({@link ResourceId#sameAs}) as {@code id}. */
  public Optional<Resource> find(ResourceId id) {
    return first(Resource.class, id);
  }

  /** The first resource of {@code type} of the same identity as {@code id}. */
  public <T extends Resource> Optional<T> first(Class<T> type, ResourceId id) {
    return lookups().sameAs(id).stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /**
   * The resources of {@code type} whose name is known and is {@code name}, and whose project is
   * {@code project} or not known (whatever their project when {@code project} is empty), in order.
   */
  public <T extends Resource> List<T> named(Class<T> type, String name, Optional<String> project) {
    return lookups().named(type, name, project);
  }

  /** The first resource of {@code r}'s class and identity: its twin in this graph. */
  public Optional<Resource> twin(Resource r) {
    return lookups().sameAs(r.id()).stream().filter(x -> x.getClass() == r.getClass()).findFirst();
  }

  /**
   * The workloads whose connector reference ({@link ConnectorRef#of}) is of the same identity as
   * {@code connector}, in the graph's order.
   */
  public List<Workload> connectorUsers(ResourceId connector) {
    return lookups().connectorUsers(connector);
  }

  /** The resources on {@code network} ({@link NetworkRef#sameAs}), in the graph's order. */
  public List<Networked> onNetwork(NetworkRef network) {
    return lookups().onNetwork(network);
  }

  /** The networks that are {@code ref} ({@link Network#ref} {@link NetworkRef#sameAs} it), in the graph's order. */
  public List<Network> networks(NetworkRef ref) {
    return lookups().networks(ref);
  }

  /** The resources of {@code type} whose network is not known (absent or unknown), in the graph's order. */
  public <T extends Networked> List<T> networkNotKnown(Class<T> type) {
    return lookups().networkNotKnown(type);
  }

  /** The IAM policies on any of {@code resources} ({@code projects/P}, ...), each once, in the graph's order. */
  public List<IamPolicy> policiesOn(Collection<String> resources) {
    return lookups().policiesOn(resources);
  }

  /** The resources at Terraform address {@code address}, in the graph's order. */
  public List<Resource> at(String address) {
    return lookups().at(address);
  }

  public boolean isEmpty() {
    return resources.isEmpty();
  }

  private GraphLookups lookups() {
    GraphLookups l = lookups;
    if (l == null) {
      synchronized (this) {
        l = lookups;
        if (l == null) {
          l = new GraphLookups(resources);
          lookups = l;
        }
      }
    }
    return l;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceGraph g && resources.equals(g.resources) && reads.equals(g.reads);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resources, reads);
  }

  @Override
  public String toString() {
    return "ResourceGraph[resources=" + resources + ", reads=" + reads + "]";
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
