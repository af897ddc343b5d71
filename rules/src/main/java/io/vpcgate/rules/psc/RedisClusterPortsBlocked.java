package io.vpcgate.rules.psc;

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
import io.vpcgate.model.Firewall;
import io.vpcgate.model.Location;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisCluster;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.FirewallVerdict;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * PSC-03: a Memorystore for Redis Cluster client first asks the discovery endpoint (TCP 6379) for the
 * cluster's topology, then connects to the nodes on TCP 11000 to 13047, all through the cluster's
 * Private Service Connect endpoints. An EGRESS deny that wins over every allow for one of those ports
 * and addresses, on the workload's egress path (judged as WIRE-07 judges firewall rules), breaks
 * the cluster for that workload. An env value that holds a cluster's PSC address other than its
 * discovery endpoint is a WARNING: clients start from the discovery endpoint.
 */
@RuleInfo(
    id = "PSC-03",
    summary = "VPC firewall blocks Redis Cluster ports, or a client skips discovery",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, RedisCluster.class, Firewall.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class RedisClusterPortsBlocked implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : ctx.wiring().workloads()) {
      List<RedisCluster> judged = new ArrayList<>();
      for (Binding b : ctx.wiring().bindings(w)) {
        if (b.store() instanceof RedisCluster c && judged.stream().noneMatch(x -> x == c)) {
          judged.add(c);
          Location at = b.env().map(e -> w.origin().at(e.valuePath())).orElse(RuleContext.at(w, Workload.ENV));
          firewall(ctx, w, c, at).ifPresent(out::add);
        }
      }
      nodeAddresses(ctx, w, out);
    }
    return out.stream();
  }

  private static Optional<Finding> firewall(RuleContext ctx, Workload w, RedisCluster c, Location at) {
    Route route = ctx.wiring().route(w);
    Optional<NetworkRef> net = route.network().known();
    if (net.isEmpty() || (route.isConnector() && route.tags().size() < 2)
        || c.network().known().map(n -> !n.sameAs(net.get())).orElse(false)) {
      return Optional.empty();
    }
    Set<String> addresses = new LinkedHashSet<>();
    c.endpoints().forEach(e -> e.host().known().ifPresent(addresses::add));
    c.pscConnectionAddresses().known().ifPresent(addresses::addAll);
    if (addresses.isEmpty()) {
      ctx.notEvaluated(w, at, "whether the firewall lets " + Subjects.of(w) + " reach " + c.address()
          + ": its Private Service Connect addresses are known after apply");
      return Optional.empty();
    }
    List<Integer> ports = RedisClusterPorts.toCheck(ctx.world(), net.get());
    for (String address : addresses) {
      Optional<Long> ip = Cidr.parseIp(address);
      if (ip.isEmpty()) {
        continue;
      }
      for (int port : ports) {
        Optional<FirewallVerdict> verdict = FirewallVerdict.egress(ctx.world(), net.get(), route.tags(), ip.get(), port);
        if (verdict.isEmpty()) {
          ctx.notEvaluated(w, at, "whether egress to " + address + ":" + port + " of " + c.address() + " is allowed: "
              + "a firewall rule that may decide it targets service accounts, or is not known before apply");
          return Optional.empty();
        }
        if (!verdict.get().allowed()) {
          Optional<String> notRead = ctx.notCovered(Firewall.KIND,
              Optional.of(net.get().project()).filter(p -> !p.isEmpty()), Optional.empty());
          if (notRead.isPresent()) {
            // A deny is certain only when every rule of the network is known: a live allow may outrank it.
            ctx.notEvaluated(w, at, "whether egress to " + address + ":" + port + " of " + c.address() + " is allowed: "
                + notRead.get());
            return Optional.empty();
          }
          Firewall rule = verdict.get().rule().orElseThrow();
          return Optional.of(ctx.finding(w, at)
              .message("%s: egress from %s to Redis Cluster %s at %s tcp:%d is denied by firewall rule %s (priority "
                  + "%d) on network %s; a cluster client needs TCP 6379 and 11000-13047 to every PSC endpoint of "
                  + "the cluster, so %s", Subjects.of(w), route.describe(), c.address(), address, port,
                  rule.id().nameOr(rule.address()), rule.priority().known().orElse(1000), net.get().name(),
                  port == RedisClusterPorts.DISCOVERY ? "it cannot discover the cluster"
                      : "commands to the nodes time out after discovery succeeds")
              .remediation("Add an EGRESS allow for tcp:6379,11000-13047 to %s/32%s at a priority below %d", address,
                  route.tags().isEmpty() ? "" : " with target tag " + route.tags().get(route.tags().size() - 1),
                  rule.priority().known().orElse(1000))
              .related(rule.origin().location())
              .build());
        }
      }
    }
    return Optional.empty();
  }

  /** Env literals holding a cluster's PSC address that is not its discovery endpoint. */
  private static void nodeAddresses(RuleContext ctx, Workload w, List<Finding> out) {
    for (EnvEndpoint t : ctx.wiring().endpoints(w)) {
      if (t.store().isPresent()) {
        continue; // the address of a store's endpoint: for a cluster, its discovery endpoint
      }
      String address = Cidr.formatIp(t.endpoint().ip());
      for (RedisCluster c : ctx.world().all(RedisCluster.class)) {
        boolean node = c.pscConnectionAddresses().known().map(l -> l.contains(address)).orElse(false);
        boolean discovery = c.endpoints().stream().anyMatch(e -> e.host().known().map(address::equals).orElse(false));
        if (node && !discovery) {
          out.add(ctx.finding(w, w.origin().at(t.env().valuePath())).severity(Severity.WARNING)
              .message("%s: %s holds %s, a Private Service Connect address of Redis Cluster %s that is not its "
                  + "discovery endpoint (%s); cluster clients connect to the discovery endpoint and learn the nodes "
                  + "from it", Subjects.of(w), t.envName(), address, c.address(), c.describe())
              .remediation("Set %s to the cluster's discovery endpoint (%s.discovery_endpoints[0].address)",
                  t.envName(), c.address())
              .related(c.origin().location())
              .build());
        }
      }
    }
  }
}
