package io.vpcgate.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One graph's lookups, each built on its first use: the resources of a type, the resources of an
 * identity (candidates from a {@link NameIndex}, then {@link ResourceId#sameAs}) and the resources
 * at a Terraform address, all in the graph's order, so each answers what a scan would.
 */
final class GraphLookups {
  private final List<Resource> resources;
  private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();
  private NameIndex<Resource> byName;
  private Map<String, List<Resource>> byAddress;
  private NameIndex<Workload> byConnector;

  GraphLookups(List<Resource> resources) {
    this.resources = resources;
  }

  @SuppressWarnings("unchecked")
  <T extends Resource> List<T> all(Class<T> type) {
    return (List<T>) byType.computeIfAbsent(type, t -> resources.stream().filter(type::isInstance).map(type::cast).toList());
  }

  /** The resources {@link ResourceId#sameAs} {@code id}, in order. */
  List<Resource> sameAs(ResourceId id) {
    List<Resource> out = new ArrayList<>();
    for (Resource r : names().candidates(id)) {
      if (r.id().sameAs(id)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The workloads whose connector reference is {@link ResourceId#sameAs} {@code connector}, in order. */
  List<Workload> connectorUsers(ResourceId connector) {
    List<Workload> out = new ArrayList<>();
    for (Workload w : connectorRefs().candidates(connector)) {
      if (ConnectorRef.of(w).map(r -> r.id().sameAs(connector)).orElse(false)) {
        out.add(w);
      }
    }
    return out;
  }

  synchronized List<Resource> at(String address) {
    if (byAddress == null) {
      byAddress = new HashMap<>();
      resources.forEach(r -> byAddress.computeIfAbsent(r.address(), k -> new ArrayList<>()).add(r));
    }
    return java.util.Collections.unmodifiableList(byAddress.getOrDefault(address, List.of()));
  }

  private synchronized NameIndex<Workload> connectorRefs() {
    if (byConnector == null) {
      byConnector = new NameIndex<>(all(Workload.class), w -> ConnectorRef.of(w).flatMap(r -> NameIndex.key(r.id())));
    }
    return byConnector;
  }

  private synchronized NameIndex<Resource> names() {
    if (byName == null) {
      byName = NameIndex.ofResources(resources);
    }
    return byName;
  }
}
