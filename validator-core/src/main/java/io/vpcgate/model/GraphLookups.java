package io.vpcgate.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
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
  private final Map<Class<?>, NameIndex<?>> byTypeAndName = new ConcurrentHashMap<>();
  private NameIndex<Networked> byNetwork;
  private NameIndex<Network> networksByRef;
  private final Map<Class<?>, List<?>> networkNotKnown = new ConcurrentHashMap<>();
  /** An IAM policy's resource → its positions in {@code all(IamPolicy.class)}. */
  private Map<String, List<Integer>> policies;

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

  @SuppressWarnings("unchecked")
  <T extends Resource> List<T> named(Class<T> type, String name, Optional<String> project) {
    NameIndex<T> index = (NameIndex<T>) byTypeAndName.computeIfAbsent(type, t -> new NameIndex<>(all(type),
        r -> r.id().name().known().map(n -> new NameIndex.Key("", n, r.id().project().known()))));
    return index.candidates("", name, project);
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

  List<Networked> onNetwork(NetworkRef network) {
    NameIndex.Key k = networkKey(network);
    return networks().candidates(k.kind(), k.name(), k.project()).stream()
        .filter(r -> r.network().known().map(n -> n.sameAs(network)).orElse(false)).toList();
  }

  synchronized List<Network> networks(NetworkRef ref) {
    if (networksByRef == null) {
      networksByRef = new NameIndex<>(all(Network.class), n -> Optional.of(networkKey(n.ref())));
    }
    NameIndex.Key k = networkKey(ref);
    return networksByRef.candidates(k.kind(), k.name(), k.project()).stream().filter(n -> n.ref().sameAs(ref)).toList();
  }

  @SuppressWarnings("unchecked")
  <T extends Networked> List<T> networkNotKnown(Class<T> type) {
    return (List<T>) networkNotKnown.computeIfAbsent(type, t -> all(type).stream().filter(n -> !n.network().isKnown()).toList());
  }

  /** A network as a {@link NameIndex} key: its name, and its project where the reference knows it. */
  private static NameIndex.Key networkKey(NetworkRef n) {
    return new NameIndex.Key("network", n.name(), Optional.of(n.project()).filter(p -> !p.isEmpty()));
  }

  private synchronized NameIndex<Networked> networks() {
    if (byNetwork == null) {
      List<Networked> all = all(Networked.class);
      byNetwork = new NameIndex<>(all.stream().filter(n -> n.network().isKnown()).toList(),
          n -> n.network().known().map(GraphLookups::networkKey));
    }
    return byNetwork;
  }

  synchronized List<IamPolicy> policiesOn(Collection<String> on) {
    List<IamPolicy> all = all(IamPolicy.class);
    if (policies == null) {
      policies = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        policies.computeIfAbsent(all.get(i).resource(), k -> new ArrayList<>()).add(i);
      }
    }
    TreeSet<Integer> at = new TreeSet<>();
    for (String resource : on) {
      at.addAll(policies.getOrDefault(resource, List.of()));
    }
    List<IamPolicy> out = new ArrayList<>(at.size());
    at.forEach(i -> out.add(all.get(i)));
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
