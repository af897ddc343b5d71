package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.Binding;
import io.vpcgate.graph.Route;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.Location;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-02: a workload's egress path (its connector, or its Direct VPC interface) must enter the
 * VPC network its data store is attached to. Peering is not transitive: Memorystore and Cloud SQL
 * peer only with their authorized/private network, so a path into a peered network cannot reach
 * them. Judged for every binding that goes over the VPC: an address or URL in env, a Terraform
 * reference or a data source (Cloud SQL's built-in connection uses the public path and is not).
 */
@RuleInfo(
    id = "WIRE-02",
    summary = "Workload's VPC egress is on a different network than its data store",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, VpcConnector.class, DataStore.class})
public final class ConnectorNetworkMismatch implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : ctx.wiring().workloads()) {
      Route route = ctx.wiring().route(w);
      Optional<NetworkRef> net = route.network().known();
      if (net.isEmpty()) {
        continue;
      }
      List<DataStore> judged = new ArrayList<>();
      for (Binding b : ctx.wiring().bindings(w)) {
        boolean overVpc = b.evidence() != Binding.Evidence.ATTACHMENT && b.evidence() != Binding.Evidence.CONNECTION_NAME;
        boolean attached = b.store().attachment().known()
            .map(a -> a == DataStore.Attachment.PEERING || a == DataStore.Attachment.PRIVATE_SERVICE_ACCESS).orElse(false);
        Optional<NetworkRef> theirs = b.store().network().known();
        if (!overVpc || !attached || theirs.isEmpty() || theirs.get().sameAs(net.get())
            || judged.stream().anyMatch(s -> s == b.store())) {
          continue;
        }
        judged.add(b.store());
        Location at = b.env().map(e -> w.origin().at(e.valuePath())).orElse(RuleContext.at(w, Workload.CONNECTOR));
        out.add(ctx.finding(w, at)
            .message("%s reaches %s through %s, which is on network %s, but the data store is on network %s (%s); the "
                + "path must enter the same VPC network (peering is not transitive), so the connection times out",
                Subjects.of(w), b.store().describe(), via(route), net.get(), theirs.get(), b.how())
            .remediation("Use a %s on network %s (create one there and point the service at it)",
                route.isConnector() ? "connector" : "subnetwork", theirs.get().name())
            .related(b.store().origin().location())
            .build());
      }
    }
    return out.stream();
  }

  private static String via(Route r) {
    return r.isConnector() ? r.connector().map(VpcConnector::address).orElse(r.describe()) : r.describe();
  }
}
