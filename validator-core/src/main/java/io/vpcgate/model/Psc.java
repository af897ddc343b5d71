package io.vpcgate.model;

import java.util.List;

/** What the Private Service Connect data stores share: the network their endpoints are on. */
final class Psc {
  private Psc() {}

  /**
   * The one consumer network of {@code consumers}; unknown while a network is not known before
   * apply; absent when there is none, or when there are several (then {@link PscStore#autoConnections()} says which).
   */
  static Attr<NetworkRef> singleNetwork(Attr<List<PscConsumer>> consumers) {
    if (consumers.isUnknown()) {
      return Attr.unknown("the consumer network is not known before apply");
    }
    List<PscConsumer> all = consumers.known().orElse(List.of());
    if (all.stream().anyMatch(c -> c.network().isUnknown())) {
      return Attr.unknown("the consumer network is not known before apply");
    }
    List<NetworkRef> networks = all.stream().flatMap(c -> c.network().known().stream()).toList();
    boolean one = !networks.isEmpty() && networks.stream().allMatch(n -> n.sameAs(networks.get(0)));
    return one ? Attr.known(networks.get(0)) : Attr.absent();
  }
}
