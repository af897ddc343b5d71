package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.Binding;
import io.vpcgate.graph.Route;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.Location;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * WIRE-02: a workload's egress path (its connector, or its Direct VPC interface) must enter the
 * VPC network its data store is attached to. Peering is not transitive: Memorystore and Cloud SQL
 * peer only with their authorized/private network, so a path into a peered network cannot reach
 * them. Judged for every binding that goes over the VPC: an address or URL in env, a Terraform
 * reference or a data source (Cloud SQL's built-in connection uses the public path and is not).
 * Where the egress network, the data store's network or how it is attached is not known before apply,
 * the binding is reported as not evaluated, never passed.
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
      Attr<NetworkRef> ours = route.network();
      if (ours.isAbsent()) {
        continue; // no VPC egress at all: the egress rules say so
      }
      List<DataStore> judged = new ArrayList<>();
      for (Binding b : ctx.wiring().bindings(w)) {
        boolean overVpc = b.evidence() != Binding.Evidence.ATTACHMENT && b.evidence() != Binding.Evidence.CONNECTION_NAME;
        Attr<DataStore.Attachment> attachment = b.store().attachment();
        boolean peered = attachment.known()
            .map(a -> a == DataStore.Attachment.PEERING || a == DataStore.Attachment.PRIVATE_SERVICE_ACCESS).orElse(false);
        Attr<NetworkRef> theirs = b.store().network();
        if (!overVpc || attachment.isAbsent() || attachment.isKnown() && !peered || theirs.isAbsent()
            || ours.isKnown() && theirs.isKnown() && theirs.known().get().sameAs(ours.known().get())
            || judged.stream().anyMatch(s -> s == b.store())) {
          continue;
        }
        judged.add(b.store());
        Location at = b.env().map(e -> w.origin().at(e.valuePath())).orElse(RuleContext.at(w, Workload.CONNECTOR));
        if (!ours.isKnown() || !theirs.isKnown() || !attachment.isKnown()) {
          // Not known before apply (a variable without a value, a resource not yet created): neither a pass nor a finding.
          ctx.notEvaluated(w, at, "whether the VPC egress of " + Subjects.of(w) + " enters the network of "
              + b.store().describe() + ": " + (!ours.isKnown() ? "its egress network is not known" + why(ours)
              : !theirs.isKnown() ? "the data store's network is not known" + why(theirs)
              : "how the data store is attached to its network is not known" + why(attachment)));
          continue;
        }
        NetworkRef net = ours.known().get();
        out.add(ctx.finding(w, at)
            .message("%s reaches %s through %s, which is on network %s, but the data store is on network %s (%s); the "
                + "path must enter the same VPC network (peering is not transitive), so the connection times out",
                Subjects.of(w), b.store().describe(), via(route), net, theirs.known().get(), b.how())
            .remediation("Use a %s on network %s (create one there and point the service at it)",
                route.isConnector() ? "connector" : "subnetwork", theirs.known().get().name())
            .related(b.store().origin().location())
            .build());
      }
    }
    return out.stream();
  }

  /** " (why)" for an unknown value that says why, else nothing. */
  private static String why(Attr<?> unknown) {
    return unknown instanceof Attr.Unknown<?> u && !u.reason().isEmpty() ? " (" + u.reason() + ")" : "";
  }

  private static String via(Route r) {
    return r.isConnector() ? r.connector().map(VpcConnector::address).orElse(r.describe()) : r.describe();
  }
}
