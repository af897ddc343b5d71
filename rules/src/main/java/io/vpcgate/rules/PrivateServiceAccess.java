package io.vpcgate.rules;

import io.vpcgate.engine.RuleContext;
import io.vpcgate.graph.WorldIndex;
import io.vpcgate.model.AlloyDbCluster;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.Location;
import io.vpcgate.model.Network;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Networked;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.ServiceNetworkingConnection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a network has a Private Service Access connection after deploy: Terraform declares a
 * {@code google_service_networking_connection} on it, or the live network has the {@code
 * servicenetworking-googleapis-com} peering. Empty when neither side can tell (no live network).
 */
public final class PrivateServiceAccess {
  private PrivateServiceAccess() {}

  public static Optional<Boolean> connected(ResourceGraph desired, Optional<ResourceGraph> live, NetworkRef network) {
    boolean declared = Stream.concat(desired.networkNotKnown(ServiceNetworkingConnection.class).stream(),
            desired.onNetwork(network).stream().filter(ServiceNetworkingConnection.class::isInstance)
                .map(ServiceNetworkingConnection.class::cast))
        .anyMatch(c -> c.network().known().map(n -> n.sameAs(network)).orElse(!c.network().isAbsent()));
    if (declared) {
      return Optional.of(true);
    }
    if (live.isEmpty()) {
      return Optional.empty();
    }
    Optional<Network> net = live.get().networks(network).stream().findFirst();
    return net.map(n -> n.peerings().stream().anyMatch(p -> p.name().equals(Network.SERVICE_NETWORKING_PEERING)));
  }

  /**
   * Whether {@code name} is an allocated (VPC_PEERING) range on {@code network}; empty when the
   * world lists no global address of the network's project, so that nothing can be said.
   */
  public static Optional<Boolean> rangeNamed(WorldIndex world, NetworkRef network, String name) {
    List<GlobalAddress> listed = network.project().isEmpty() ? List.of() : world.inProject(network.project()).stream()
        .filter(GlobalAddress.class::isInstance).map(GlobalAddress.class::cast).toList();
    if (listed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(listed.stream().anyMatch(g -> g.id().nameOr("").equals(name)
        && g.purpose().known().map("VPC_PEERING"::equals).orElse(true)
        && g.network().known().map(n -> n.sameAs(network)).orElse(true)));
  }

  /**
   * Whether {@code name} is certainly not an allocated range on {@code network}: not among the
   * ranges listed, and the live read covered the global addresses of the network's project (a range
   * made outside Terraform is seen only there); says why not evaluated otherwise.
   */
  public static boolean rangeCertainlyMissing(RuleContext ctx, Resource subject, Location at, NetworkRef network,
      String name) {
    if (!rangeNamed(ctx.index(), network, name).map(found -> !found).orElse(false)) {
      return false;
    }
    Optional<String> notRead = ctx.notCovered(GlobalAddress.KIND,
        Optional.of(network.project()).filter(p -> !p.isEmpty()), Optional.empty());
    notRead.ifPresent(why -> ctx.notEvaluated(subject, at, "whether " + name + " is an allocated range on " + network
        + ": " + why));
    return notRead.isEmpty();
  }

  /**
   * Whether {@code n} draws its addresses from its network's Private Service Access ranges: a data
   * store attached by Private Service Access (Cloud SQL with a private IP, Memorystore for Redis in
   * that mode, Memcached), or an AlloyDB cluster not on Private Service Connect.
   */
  public static boolean producer(Networked n) {
    if (n instanceof DataStore d) {
      return d.attachment().known().map(DataStore.Attachment.PRIVATE_SERVICE_ACCESS::equals).orElse(false);
    }
    return n instanceof AlloyDbCluster c && c.pscEnabled().known().map(p -> !p).orElse(c.pscEnabled().isAbsent());
  }

  /** The names of the allocated ranges on {@code network}. */
  public static List<String> rangeNames(ResourceGraph world, NetworkRef network) {
    return world.onNetwork(network).stream().filter(GlobalAddress.class::isInstance).map(GlobalAddress.class::cast)
        .filter(g -> g.purpose().known().map("VPC_PEERING"::equals).orElse(false))
        .map(g -> g.id().nameOr("?")).toList();
  }
}
