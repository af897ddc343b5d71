package io.vpcgate.rules.wiring;

import io.vpcgate.model.RouterNat;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.EnvVar;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.rules.DataStores;
import io.vpcgate.rules.Endpoint;
import io.vpcgate.rules.IpRanges;
import io.vpcgate.rules.NatCoverage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-04: egress ALL_TRAFFIC sends everything, the internet included, into the connector's VPC;
 * without a Cloud NAT on that network and region covering the connector every internet call times
 * out. BLOCKING when the service visibly uses the internet (an env URL or address outside private
 * ranges, or Cloud SQL over its public IP), WARNING otherwise.
 */
@RuleInfo(
    id = "WIRE-04",
    summary = "Cloud Run sends all egress into a VPC that has no Cloud NAT",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, RouterNat.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class AllTrafficWithoutNat implements Rule {
  private static final List<String> INTERNAL_SUFFIXES = List.of(".internal", ".local", ".localhost", ".svc",
      ".cluster.local", ".goog");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudRunService.class).stream()
        .filter(s -> s.egressMode().known().map("ALL_TRAFFIC"::equals).orElse(false))
        .flatMap(s -> ConnectorRef.of(s).flatMap(r -> r.resolve(ctx.world())).flatMap(c -> finding(ctx, s, c)).stream());
  }

  private static Optional<Finding> finding(RuleContext ctx, CloudRunService s, VpcConnector c) {
    if (!NatCoverage.covers(ctx.world(), c).map(covered -> !covered).orElse(false)) {
      return Optional.empty();
    }
    List<String> internet = internetUses(ctx, s);
    return Optional.of(ctx.finding(s, CloudRunService.EGRESS)
        .severity(internet.isEmpty() ? Severity.WARNING : Severity.BLOCKING)
        .message("Service %s routes ALL_TRAFFIC through connector %s, but network %s has no Cloud NAT in %s that covers "
            + "the connector (a connector's hidden subnet is covered only by a NAT on all subnetworks); %s",
            s.address(), c.id().nameOr("?"), c.network().known().map(Object::toString).orElse("?"), c.id().regionOr("?"),
            internet.isEmpty() ? "every call to the internet will time out"
                : "it reaches the internet (" + String.join(", ", internet) + "), which becomes unreachable")
        .remediation("Add google_compute_router_nat with source_subnetwork_ip_ranges_to_nat = "
            + "\"ALL_SUBNETWORKS_ALL_IP_RANGES\" on %s in %s, or use egress = \"PRIVATE_RANGES_ONLY\"",
            c.network().known().map(n -> n.name()).orElse("the network"), c.id().regionOr("the region"))
        .build());
  }

  /** What visibly goes to the internet: env URLs and addresses outside private ranges, Cloud SQL's public path. */
  private static List<String> internetUses(RuleContext ctx, CloudRunService s) {
    List<String> out = new ArrayList<>();
    for (EnvVar e : s.allEnv()) {
      if (!e.fromSecret() && e.name().isKnown() && e.value().known().filter(AllTrafficWithoutNat::isPublic).isPresent()) {
        out.add(e.name().known().get());
      }
    }
    for (String conn : s.cloudSqlInstances().known().orElse(List.of())) {
      DataStores.sqlByConnectionName(ctx.world(), conn).filter(q -> q.ipv4Enabled().known().orElse(false))
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
