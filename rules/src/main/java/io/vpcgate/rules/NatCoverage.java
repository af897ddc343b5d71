package io.vpcgate.rules;

import io.vpcgate.graph.Route;
import io.vpcgate.graph.WorldIndex;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Router;
import io.vpcgate.model.RouterNat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether a Cloud NAT translates an egress path's traffic: a NAT on a router of the path's network
 * and region that covers all subnetworks, or that lists the path's subnetwork (a connector's
 * ip_cidr_range subnet is hidden and cannot be listed). Empty when that cannot be told.
 */
public final class NatCoverage {
  private static final Set<String> ALL = Set.of("ALL_SUBNETWORKS_ALL_IP_RANGES", "ALL_SUBNETWORKS_ALL_PRIMARY_IP_RANGES");

  private NatCoverage() {}

  public static Optional<Boolean> covers(WorldIndex world, Route route) {
    Optional<NetworkRef> network = route.network().known();
    Optional<String> region = route.region().known();
    if (network.isEmpty() || region.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> subnet = route.hiddenSubnet() ? Optional.empty() : route.subnetName().known();
    // A router whose network or region is not known before apply, and that may be on this path's, might be the one.
    // (Those whose network is not known, and those on this network whose region is not known.)
    List<Router> unsure = Stream.concat(world.networkNotKnown(Router.class).stream(),
        world.onNetwork(network.get()).stream().filter(Router.class::isInstance).map(Router.class::cast)
            .filter(r -> !r.id().region().isKnown())).toList();
    if (unsure.stream()
        .filter(r -> r.network().known().map(n -> n.sameAs(network.get())).orElse(true))
        .filter(r -> r.id().region().known().map(region.get()::equals).orElse(true))
        .anyMatch(r -> r.id().project().known().map(p -> p.equals(network.get().project()) || network.get().project().isEmpty())
            .orElse(true))) {
      return Optional.empty();
    }
    List<Router> routers = world.onNetwork(network.get()).stream()
        .filter(Router.class::isInstance).map(Router.class::cast)
        .filter(r -> r.id().region().known().map(region.get()::equals).orElse(false))
        .toList();
    for (Router r : routers) {
      for (Router.Nat nat : r.nats()) {
        if (nat.sourceRanges().known().map(s -> covers(s, nat.subnetworks(), subnet)).orElse(false)) {
          return Optional.of(true);
        }
      }
    }
    for (RouterNat nat : world.inRegion(region.get()).stream()
        .filter(RouterNat.class::isInstance).map(RouterNat.class::cast).toList()) {
      boolean onRouter = nat.router().known().map(name -> routers.stream().anyMatch(r -> r.id().nameOr("").equals(name)
          || r.address().endsWith("." + name))).orElse(false);
      boolean sameRegion = nat.id().region().known().map(region.get()::equals).orElse(false);
      if (onRouter && sameRegion && nat.sourceRanges().known().map(s -> covers(s, nat.subnetworks(), subnet)).orElse(false)) {
        return Optional.of(true);
      }
      if (sameRegion && (nat.router().isUnknown() || nat.sourceRanges().isUnknown())) {
        return Optional.empty(); // a NAT we cannot read might be the one
      }
    }
    return Optional.of(false);
  }

  private static boolean covers(String sourceRanges, List<String> subnetworks, Optional<String> subnet) {
    return ALL.contains(sourceRanges)
        || (sourceRanges.equals("LIST_OF_SUBNETWORKS") && subnet.map(subnetworks::contains).orElse(false));
  }
}
