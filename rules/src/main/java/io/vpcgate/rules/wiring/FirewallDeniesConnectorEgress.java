package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.Binding;
import io.vpcgate.graph.EnvEndpoint;
import io.vpcgate.graph.Route;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.Firewall;
import io.vpcgate.model.Location;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.FirewallVerdict;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-07: VPC firewall rules apply to the traffic a workload's egress path sends (a connector's
 * instances carry the tags {@code vpc-connector} and {@code vpc-connector-REGION-NAME}; a Direct
 * VPC interface carries the tags it declares): an EGRESS deny that wins over every allow for a
 * data store's address and port makes connections time out.
 */
@RuleInfo(
    id = "WIRE-07",
    summary = "VPC firewall denies the connector's traffic to Redis or Cloud SQL",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, Firewall.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class FirewallDeniesConnectorEgress implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : ctx.wiring().workloads()) {
      Route route = ctx.wiring().route(w);
      Optional<NetworkRef> net = route.network().known();
      if (net.isEmpty() || (route.isConnector() && route.tags().size() < 2)) {
        continue;
      }
      for (Target t : targets(ctx, w)) {
        Optional<FirewallVerdict> verdict = FirewallVerdict.egress(ctx.world(), net.get(), route.tags(), t.ip(), t.port());
        if (verdict.isEmpty()) {
          ctx.notEvaluated(w, t.at(), "whether egress to " + Cidr.formatIp(t.ip()) + ":" + t.port() + " is allowed: a "
              + "firewall rule that may decide it targets service accounts, or is not known before apply");
          continue;
        }
        verdict.filter(v -> !v.allowed())
            .ifPresent(v -> out.add(ctx.finding(w, t.at())
                .message("%s: egress from %s to %s %s:%d is denied by firewall rule %s (priority %d%s) "
                    + "on network %s, so connections time out", Subjects.of(w), route.describe(), t.what(),
                    Cidr.formatIp(t.ip()), t.port(), v.rule().get().id().nameOr(v.rule().get().address()),
                    v.rule().get().priority().known().orElse(1000),
                    v.rule().get().targetTags().isEmpty() ? ", all instances" : ", target tags "
                        + String.join(" ", v.rule().get().targetTags()), net.get().name())
                .remediation("Add an EGRESS allow for tcp:%d to %s/32%s at a priority below %d",
                    t.port(), Cidr.formatIp(t.ip()), route.tags().isEmpty() ? "" : " with target tag "
                        + route.tags().get(route.tags().size() - 1), v.rule().get().priority().known().orElse(1000))
                .related(v.rule().get().origin().location())
                .build()));
      }
    }
    return out.stream();
  }

  private record Target(String what, long ip, int port, Location at) {}

  /** The data store addresses the workload connects to through the VPC: env literals, then its other bindings. */
  private static List<Target> targets(RuleContext ctx, Workload w) {
    List<Target> out = new ArrayList<>();
    for (EnvEndpoint t : ctx.wiring().endpoints(w)) {
      t.store().ifPresent(store -> out.add(new Target(label(store), t.endpoint().ip(),
          t.endpoint().port().orElse(port(store)), w.origin().at(t.env().valuePath()))));
    }
    for (Binding b : ctx.wiring().bindings(w)) {
      if (b.evidence() == Binding.Evidence.ATTACHMENT || b.evidence() == Binding.Evidence.CONNECTION_NAME) {
        continue;
      }
      for (DataStore.Endpoint e : b.store().endpoints()) {
        e.host().known().flatMap(Cidr::parseIp).filter(ip -> out.stream().noneMatch(x -> x.ip() == ip))
            .ifPresent(ip -> out.add(new Target(label(b.store()), ip, e.port().known().orElse(port(b.store())),
                b.env().map(x -> w.origin().at(x.valuePath())).orElse(RuleContext.at(w, Workload.ENV)))));
      }
    }
    return out;
  }

  private static String label(DataStore store) {
    return (store instanceof RedisInstance ? "Redis " : "Cloud SQL ") + store.id().nameOr(store.address());
  }

  private static int port(DataStore store) {
    return store.endpoints().stream().flatMap(e -> e.port().known().stream()).findFirst().orElse(6379);
  }
}
