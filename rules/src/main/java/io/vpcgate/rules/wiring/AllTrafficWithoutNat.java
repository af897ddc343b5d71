package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.Endpoint;
import io.vpcgate.graph.Route;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Router;
import io.vpcgate.model.RouterNat;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.Workload;
import io.vpcgate.graph.IpRanges;
import io.vpcgate.rules.NatCoverage;
import io.vpcgate.rules.Subjects;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-04: egress ALL_TRAFFIC sends everything, the internet included, into the VPC through the
 * workload's path (a connector, or Direct VPC egress on a subnetwork); without a Cloud NAT on that
 * network and region covering the path, every internet call times out. BLOCKING when the workload
 * visibly uses the internet (an env URL or address outside private ranges, or Cloud SQL over its
 * public IP), WARNING otherwise; not evaluated where the live read did not cover the network's
 * routers.
 */
@RuleInfo(
    id = "WIRE-04",
    summary = "Workload sends all egress into a VPC that has no Cloud NAT",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, Router.class, RouterNat.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class AllTrafficWithoutNat implements Rule {
  private static final List<String> INTERNAL_SUFFIXES = List.of(".internal", ".local", ".localhost", ".svc",
      ".cluster.local", ".goog");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : ctx.wiring().workloads()) {
      Route route = ctx.wiring().route(w);
      if (!route.allTraffic() || route.network().known().isEmpty()) {
        continue;
      }
      NetworkRef net = route.network().known().get();
      Optional<String> notRead = ctx.notCovered(Router.KIND, Optional.of(net.project()).filter(p -> !p.isEmpty()),
          route.region().known());
      if (notRead.isPresent()) {
        ctx.notEvaluated(w, RuleContext.at(w, Workload.EGRESS), "whether a Cloud NAT serves " + route.describe()
            + " on network " + net + ": " + notRead.get());
        continue;
      }
      finding(ctx, w, route, net).ifPresent(out::add);
    }
    return out.stream();
  }

  private static Optional<Finding> finding(RuleContext ctx, Workload w, Route route, NetworkRef net) {
    Optional<Boolean> covered = NatCoverage.covers(ctx.index(), route);
    if (covered.isEmpty()) {
      ctx.notEvaluated(w, RuleContext.at(w, Workload.EGRESS), "whether a Cloud NAT serves " + route.describe()
          + " on network " + net + ": a router or NAT that may serve it is not known before apply");
      return Optional.empty();
    }
    if (covered.get()) {
      return Optional.empty();
    }
    List<String> internet = internetUses(ctx, w);
    String why = route.isConnector() ? "covers the connector (a connector's hidden subnet is covered only by a NAT on all "
        + "subnetworks)" : "covers its subnetwork " + route.subnetName().known().orElse("?");
    return Optional.of(ctx.finding(w, Workload.EGRESS)
        .severity(internet.isEmpty() ? Severity.WARNING : Severity.BLOCKING)
        .message("%s routes ALL_TRAFFIC through %s, but network %s has no Cloud NAT in %s that %s; %s",
            Subjects.of(w), route.describe(), net, route.region().known().orElse("?"), why,
            internet.isEmpty() ? "every call to the internet will time out"
                : "it reaches the internet (" + String.join(", ", internet) + "), which becomes unreachable")
        .remediation("Add google_compute_router_nat with source_subnetwork_ip_ranges_to_nat = "
            + "\"ALL_SUBNETWORKS_ALL_IP_RANGES\" on %s in %s, or use egress = \"PRIVATE_RANGES_ONLY\"",
            net.name(), route.region().known().orElse("the region"))
        .build());
  }

  /** What visibly goes to the internet: env URLs and addresses outside private ranges, Cloud SQL's public path. */
  private static List<String> internetUses(RuleContext ctx, Workload w) {
    List<String> out = new ArrayList<>();
    for (EnvVar e : w.env()) {
      if (!e.fromSecret() && e.name().isKnown() && e.value().known().filter(AllTrafficWithoutNat::isPublic).isPresent()) {
        out.add(e.name().known().get());
      }
    }
    for (String conn : w.cloudSqlInstances().known().orElse(List.of())) {
      ctx.wiring().sqlByConnectionName(conn).filter(q -> q.ipv4Enabled().known().orElse(false))
          .map(SqlInstance::address).ifPresent(q -> out.add("Cloud SQL " + q + " over its public IP"));
    }
    return out;
  }

  static boolean isPublic(String value) {
    Optional<Endpoint> ip = Endpoint.any(value);
    if (ip.isPresent()) {
      return !IpRanges.isInternal(ip.get().ip()) && (ip.get().ip() >>> 24) != 127;
    }
    String v = value.strip();
    if (!v.regionMatches(true, 0, "http://", 0, 7) && !v.regionMatches(true, 0, "https://", 0, 8)) {
      return false;
    }
    try {
      String host = URI.create(v).getHost();
      if (host == null || !host.contains(".")) {
        return false;
      }
      String h = host.toLowerCase(Locale.ROOT);
      return INTERNAL_SUFFIXES.stream().noneMatch(h::endsWith) && !h.equals("localhost")
          && !h.matches("[0-9.]+"); // IP hosts were judged above
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
