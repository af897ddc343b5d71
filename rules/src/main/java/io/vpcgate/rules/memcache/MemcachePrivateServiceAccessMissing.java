package io.vpcgate.rules.memcache;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.MemcacheInstance;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ServiceNetworkingConnection;
import io.vpcgate.rules.PrivateServiceAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * MEMC-01: Memorystore for Memcached uses Private Service Access, so "you must first establish a private
 * services access connection for a network before you can create a Memcached instance using that network".
 * BLOCKING when the authorized network has no such connection (none in Terraform, no servicenetworking peering
 * live), and when a {@code reserved_ip_range_id} names no allocated (VPC_PEERING) range of the network's project.
 * Not judged, and said so, when the network or its live state is not known.
 */
@RuleInfo(
    id = "MEMC-01",
    summary = "Memcached instance's network lacks its Private Service Access connection",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {MemcacheInstance.class, ServiceNetworkingConnection.class, GlobalAddress.class})
public final class MemcachePrivateServiceAccessMissing implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (MemcacheInstance m : ctx.desired().all(MemcacheInstance.class)) {
      Optional<NetworkRef> net = m.authorizedNetwork().known();
      if (net.isEmpty()) {
        ctx.notEvaluated(m, RuleContext.at(m, MemcacheInstance.AUTHORIZED_NETWORK),
            "its authorized_network is not known before apply");
        continue;
      }
      Optional<Boolean> connected = PrivateServiceAccess.connected(ctx.desired(), ctx.live(), net.get());
      if (connected.isEmpty()) {
        ctx.notEvaluated(m, RuleContext.at(m, MemcacheInstance.AUTHORIZED_NETWORK), "whether network " + net.get()
            + " has a Private Service Access connection: Terraform declares none and no live network " + net.get().name()
            + " was read");
      } else if (!connected.get()) {
        out.add(ctx.finding(m, MemcacheInstance.AUTHORIZED_NETWORK)
            .message("Memcached %s: authorized_network %s has no Private Service Access connection (no servicenetworking "
                + "peering live, none in Terraform); Memorystore for Memcached cannot create the instance on it",
                m.address(), net.get())
            .remediation("Add a google_compute_global_address (purpose = \"VPC_PEERING\", address_type = \"INTERNAL\") on %s "
                + "and a google_service_networking_connection using it, and point authorized_network at that "
                + "connection's network", net.get().name())
            .build());
      }
      for (String range : m.reservedIpRangeIds().known().orElse(List.of())) {
        if (PrivateServiceAccess.rangeCertainlyMissing(ctx, m, RuleContext.at(m, MemcacheInstance.RESERVED_IP_RANGE_ID),
            net.get(), range)) {
          List<String> ranges = PrivateServiceAccess.rangeNames(ctx.world(), net.get());
          out.add(ctx.finding(m, MemcacheInstance.RESERVED_IP_RANGE_ID)
              .message("Memcached %s: reserved_ip_range_id names %s, which is not an allocated (VPC_PEERING) range on "
                  + "network %s%s", m.address(), range, net.get(),
                  ranges.isEmpty() ? "" : " (its ranges: " + String.join(", ", ranges) + ")")
              .remediation(ranges.isEmpty()
                  ? "Name a google_compute_global_address with purpose = \"VPC_PEERING\" on " + net.get().name()
                  : "Use one of " + String.join(", ", ranges) + " in reserved_ip_range_id")
              .build());
        }
      }
    }
    return out.stream();
  }
}
