package io.vpcgate.rules.alloydb;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.AlloyDbCluster;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ServiceNetworkingConnection;
import io.vpcgate.rules.PrivateServiceAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * ADB-02: an AlloyDB cluster on Private Service Access ({@code network_config.network}) needs a Private
 * Service Access connection on that network, and its {@code allocated_ip_range} must be an allocated range
 * of the network. BLOCKING when either is known to be missing; not evaluated when the network or the live
 * state that would tell is not known. A Private Service Connect cluster has no network and is not judged here.
 */
@RuleInfo(
    id = "ADB-02",
    summary = "AlloyDB cluster's network lacks its Private Service Access connection",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {AlloyDbCluster.class, ServiceNetworkingConnection.class, GlobalAddress.class})
public final class AlloyDbPsaPrerequisitesMissing implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (AlloyDbCluster c : ctx.desired().all(AlloyDbCluster.class)) {
      if (c.psc().known().orElse(false) || c.network().isAbsent()) {
        continue; // Private Service Connect: no network to peer
      }
      Optional<NetworkRef> net = c.network().known();
      if (net.isEmpty()) {
        ctx.notEvaluated(c, RuleContext.at(c, AlloyDbCluster.NETWORK), "its network_config.network is not known before apply");
        continue;
      }
      Optional<Boolean> connected = PrivateServiceAccess.connected(ctx.desired(), ctx.live(), net.get());
      if (connected.isEmpty()) {
        ctx.notEvaluated(c, RuleContext.at(c, AlloyDbCluster.NETWORK), "whether network " + net.get()
            + " has a Private Service Access connection: Terraform declares none and no live network " + net.get().name()
            + " was read");
      } else if (!connected.get()) {
        out.add(ctx.finding(c, AlloyDbCluster.NETWORK)
            .message("AlloyDB cluster %s: network %s has no Private Service Access connection (no servicenetworking "
                + "peering live, none in Terraform); its instances cannot get private IPs", c.address(), net.get())
            .remediation("Add a google_compute_global_address (purpose = \"VPC_PEERING\", address_type = \"INTERNAL\") on %s, "
                + "a google_service_networking_connection using it, and depends_on that connection in the cluster's "
                + "instances", net.get().name())
            .build());
      }
      Optional<String> range = c.allocatedIpRange().known().filter(r -> !r.isEmpty());
      if (range.isPresent() && PrivateServiceAccess.rangeCertainlyMissing(ctx, c,
          RuleContext.at(c, AlloyDbCluster.ALLOCATED_IP_RANGE), net.get(), range.get())) {
        List<String> ranges = PrivateServiceAccess.rangeNames(ctx.world(), net.get());
        out.add(ctx.finding(c, AlloyDbCluster.ALLOCATED_IP_RANGE)
            .message("AlloyDB cluster %s: allocated_ip_range %s is not an allocated (VPC_PEERING) range on network %s%s",
                c.address(), range.get(), net.get(), ranges.isEmpty() ? "" : " (its ranges: " + String.join(", ", ranges) + ")")
            .remediation(ranges.isEmpty()
                ? "Name a google_compute_global_address with purpose = \"VPC_PEERING\" on " + net.get().name()
                : "Set allocated_ip_range to one of " + String.join(", ", ranges))
            .build());
      }
    }
    return out.stream();
  }
}
