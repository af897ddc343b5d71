package io.vpcgate.rules.psc;

import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.ServiceConnectionPolicy;
import java.util.List;

/** The service connection policies of a graph for one network, region and service class. */
final class ConnectionPolicies {
  private ConnectionPolicies() {}

  /** The policies that certainly govern {@code network} in {@code region} for {@code serviceClass}. */
  static List<ServiceConnectionPolicy> governing(ResourceGraph g, NetworkRef network, String region, String serviceClass) {
    return g.all(ServiceConnectionPolicy.class).stream()
        .filter(p -> p.network().known().map(n -> n.sameAs(network)).orElse(false))
        .filter(p -> p.id().region().known().map(region::equals).orElse(false))
        .filter(p -> p.serviceClass().known().map(serviceClass::equals).orElse(false))
        .toList();
  }

  /**
   * The policies that may govern them: one of the three is not known before apply, and the known
   * ones match.
   */
  static List<ServiceConnectionPolicy> perhapsGoverning(ResourceGraph g, NetworkRef network, String region,
      String serviceClass) {
    return g.all(ServiceConnectionPolicy.class).stream()
        .filter(p -> !p.network().isKnown() || !p.id().region().isKnown() || !p.serviceClass().isKnown())
        .filter(p -> p.network().known().map(n -> n.sameAs(network)).orElse(!p.network().isAbsent()))
        .filter(p -> p.id().region().known().map(region::equals).orElse(!p.id().region().isAbsent()))
        .filter(p -> p.serviceClass().known().map(serviceClass::equals).orElse(!p.serviceClass().isAbsent()))
        .toList();
  }

  /** "redis (acme/vpc, us-central1, gcp-memorystore-redis)". */
  static String describe(ServiceConnectionPolicy p) {
    return p.address() + " (" + p.network().known().map(NetworkRef::toString).orElse("?") + ", "
        + p.id().regionOr("?") + ", " + p.serviceClass().known().orElse("?") + ")";
  }
}
