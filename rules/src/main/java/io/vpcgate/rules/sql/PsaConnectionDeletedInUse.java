package io.vpcgate.rules.sql;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.AlloyDbCluster;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.MemcacheInstance;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.ServiceNetworkingConnection;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.rules.PrivateServiceAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SQL-05: a plan that deletes a Private Service Access connection fails ("Producer services (e.g.
 * CloudSQL, Cloud Memstore, etc.) are still using this connection") while data stores (or AlloyDB
 * clusters) on its network still draw from it; a producer deleted in the same apply may still hold its blocks (Cloud SQL keeps
 * them so that a deleted instance can be restored), so that is a WARNING. A connection with {@code
 * deletion_policy = "ABANDON"} is only forgotten. Deletions come from the plan; producers from
 * Terraform and the live read.
 */
@RuleInfo(
    id = "SQL-05",
    summary = "Applying deletes a Private Service Access connection producers still use",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {ServiceNetworkingConnection.class, DataStore.class})
public final class PsaConnectionDeletedInUse implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ServiceNetworkingConnection c : ctx.deleted().all(ServiceNetworkingConnection.class)) {
      Optional<NetworkRef> network = c.network().known();
      if (network.isEmpty() || c.deletionPolicy().known().filter(p -> !p.isEmpty()).isPresent()) {
        continue; // ABANDON (or REMOVE_PEERING) does not fail on producers
      }
      List<String> staying = producers(ctx.world(), network.get());
      List<String> leaving = producers(ctx.deleted(), network.get());
      if (!staying.isEmpty()) {
        out.add(ctx.finding(c, ServiceNetworkingConnection.DELETION_POLICY)
            .message("Applying deletes Private Service Access connection %s on %s while %s still use%s it: %s; the "
                + "delete fails with \"Producer services (e.g. CloudSQL, Cloud Memstore, etc.) are still using this "
                + "connection\" and the apply stops half done", c.address(), network.get(), count(staying),
                staying.size() == 1 ? "s" : "", String.join(", ", staying))
            .remediation("Keep the connection while data stores use it; to remove it with them, set "
                + "deletion_policy = \"ABANDON\" on it and apply that first")
            .build());
      } else if (!leaving.isEmpty()) {
        out.add(ctx.finding(c, ServiceNetworkingConnection.DELETION_POLICY).severity(Severity.WARNING)
            .message("Applying deletes Private Service Access connection %s on %s together with %s: %s; producers "
                + "keep their blocks for a while after a delete (Cloud SQL keeps them so that the instance can be "
                + "restored), so the connection's delete can still fail with \"Producer services ... are still using "
                + "this connection\"", c.address(), network.get(), count(leaving), String.join(", ", leaving))
            .remediation("Set deletion_policy = \"ABANDON\" on the connection and apply that before the destroy")
            .build());
      } else {
        notCovered(ctx, c, network.get());
      }
    }
    return out.stream();
  }

  /** What on {@code network} draws from its Private Service Access ranges, by address. */
  private static List<String> producers(ResourceGraph graph, NetworkRef network) {
    return graph.onNetwork(network).stream().filter(PrivateServiceAccess::producer).map(Resource::address).distinct()
        .toList();
  }


  private static String count(List<String> producers) {
    return producers.size() == 1 ? "1 data store" : producers.size() + " data stores";
  }

  /** No producer is known: say so when what exists outside Terraform was not read. */
  private static void notCovered(RuleContext ctx, ServiceNetworkingConnection c, NetworkRef network) {
    Optional<String> project = Optional.of(network.project()).filter(p -> !p.isEmpty());
    Optional<String> why = ctx.live().isEmpty() ? Optional.of("no live state was read")
        : Stream.of(SqlInstance.KIND, RedisInstance.KIND, MemcacheInstance.KIND, AlloyDbCluster.KIND)
            .flatMap(k -> ctx.notCovered(k, project, Optional.empty()).stream()).findFirst();
    why.ifPresent(w -> ctx.notEvaluated(c, RuleContext.at(c, ServiceNetworkingConnection.DELETION_POLICY),
        "whether data stores outside this Terraform still use the connection it deletes: " + w));
  }
}
