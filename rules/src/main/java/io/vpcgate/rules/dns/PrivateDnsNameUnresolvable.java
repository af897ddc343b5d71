package io.vpcgate.rules.dns;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.Route;
import io.vpcgate.model.DnsManagedZone;
import io.vpcgate.model.DnsRecordSet;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.Location;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * DNS-01: a host name in a workload's env literal that falls under the DNS name of a private Cloud DNS zone
 * resolves only from networks the zone is visible to, and only if the zone (the most specific visible one)
 * holds a record for it or a wildcard above it. BLOCKING when that zone has no such record, every zone and
 * record set of its project was read live, and the workload sends all traffic through a connector (whose
 * requests "use internal DNS"); a WARNING otherwise, and when no private zone covering the name is visible to
 * the workload's network (public DNS may still answer). Names under no private zone are not judged; unknown
 * values, networks and zone networks are listed as not evaluated. The value itself is never printed.
 */
@RuleInfo(
    id = "DNS-01",
    summary = "Workload env names a host its network's private DNS cannot resolve",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, DnsManagedZone.class, DnsRecordSet.class})
public final class PrivateDnsNameUnresolvable implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<DnsManagedZone> zones = ctx.world().all(DnsManagedZone.class);
    List<Finding> out = new ArrayList<>();
    for (Workload w : ctx.wiring().workloads()) {
      for (EnvVar e : w.env()) {
        if (e.fromSecret() || !e.value().isKnown()) {
          continue;
        }
        Optional<String> host = HostName.of(e.value().known().get());
        if (host.isPresent()) {
          judge(ctx, w, e, host.get(), zones).ifPresent(out::add);
        }
      }
    }
    return out.stream();
  }

  private static Optional<Finding> judge(RuleContext ctx, Workload w, EnvVar e, String host, List<DnsManagedZone> all) {
    Route route = ctx.wiring().route(w);
    Optional<NetworkRef> net = route.network().known();
    Location at = w.origin().at(e.valuePath());
    String env = e.name().known().orElse("?");
    List<DnsManagedZone> covering = all.stream().filter(z -> z.covers(host) && !z.isPrivate().known().equals(Optional.of(false)))
        .filter(z -> inScope(z, w, net)).toList();
    if (covering.isEmpty()) {
      return Optional.empty(); // public DNS answers it
    }
    Optional<DnsManagedZone> unsure = covering.stream().filter(z -> z.isPrivate().isUnknown()).findFirst();
    if (unsure.isPresent()) {
      ctx.notEvaluated(w, at, env + ": the visibility of zone " + unsure.get().address() + " is not known before apply");
      return Optional.empty();
    }
    boolean noEgress = route.via().known().map(v -> v == EgressPath.Via.NONE).orElse(false);
    if (noEgress) {
      return Optional.of(warning(ctx, w, at)
          .message("%s: %s names a host in private zone %s (%s), but %s has no VPC egress, so it resolves names without the "
              + "zone; the name resolves only if public DNS happens to answer it", Subjects.of(w), env, name(covering.get(0)),
              covering.get(0).domain().orElse("?"), Subjects.of(w))
          .remediation("Give %s VPC egress on a network zone %s is visible to", Subjects.of(w), name(covering.get(0)))
          .related(covering.get(0).origin().location()).build());
    }
    if (net.isEmpty()) {
      ctx.notEvaluated(w, at, env + ": the VPC network it resolves from is not known before apply");
      return Optional.empty();
    }
    List<DnsManagedZone> visible = covering.stream().filter(z -> z.visibleTo(net.get()).orElse(false)).toList();
    Optional<DnsManagedZone> maybe = covering.stream().filter(z -> z.visibleTo(net.get()).isEmpty()).findFirst();
    if (visible.isEmpty() && maybe.isPresent()) {
      ctx.notEvaluated(w, at, env + ": the networks zone " + maybe.get().address() + " is visible to are not known before apply");
      return Optional.empty();
    }
    if (visible.isEmpty()) {
      DnsManagedZone z = covering.get(0);
      return Optional.of(warning(ctx, w, at)
          .message("%s: %s names a host in private zone %s (%s), which is not visible to network %s that %s resolves from; "
              + "the name resolves only if public DNS happens to answer it", Subjects.of(w), env, name(z),
              z.domain().orElse("?"), net.get(), Subjects.of(w))
          .remediation("Add network %s to private_visibility_config.networks of %s", net.get().name(), z.address())
          .related(z.origin().location()).build());
    }
    DnsManagedZone zone = visible.stream().max(Comparator.comparingInt(z -> z.domain().orElse("").length())).orElseThrow();
    int depth = zone.domain().orElse("").length();
    Optional<DnsManagedZone> deeper = covering.stream().filter(z -> z.visibleTo(net.get()).isEmpty())
        .filter(z -> z.domain().orElse("").length() > depth).findFirst();
    if (deeper.isPresent()) {
      // A more specific zone may be the one that answers: which networks it is visible to is not known yet.
      ctx.notEvaluated(w, at, env + ": the networks zone " + deeper.get().address() + " is visible to are not known "
          + "before apply");
      return Optional.empty();
    }
    if (!zone.answersFromRecords()) {
      ctx.notEvaluated(w, at, env + ": zone " + zone.address() + " answers through its " + zone.answersFrom()
          + ", whose names vpcgate cannot see");
      return Optional.empty();
    }
    List<DnsRecordSet> records = ctx.world().all(DnsRecordSet.class).stream().filter(r -> mayBeIn(r, zone)).toList();
    if (records.stream().anyMatch(r -> r.inZone(zone) && r.answers(host))) {
      return Optional.empty();
    }
    Optional<DnsRecordSet> unknown = records.stream().filter(r -> !r.name().isKnown() || !r.managedZone().isKnown()).findFirst();
    if (unknown.isPresent()) {
      ctx.notEvaluated(w, at, env + ": a record set that may be in zone " + zone.address() + " (" + unknown.get().address()
          + ") has a zone or name not known before apply");
      return Optional.empty();
    }
    return Optional.of(missingRecord(ctx, w, at, env, zone, route));
  }

  /** In the zone, or possibly in it: its zone is not known, in the zone's project or an unknown one. */
  private static boolean mayBeIn(DnsRecordSet r, DnsManagedZone zone) {
    boolean sameProject = r.id().project().known().map(p -> zone.id().project().known().map(p::equals).orElse(true))
        .orElse(true);
    return r.managedZone().isKnown() ? r.inZone(zone) : sameProject;
  }

  /** A zone of the workload's project, of its network's project, or one visible to its network. */
  private static boolean inScope(DnsManagedZone z, Workload w, Optional<NetworkRef> net) {
    Optional<String> zp = z.id().project().known();
    return zp.isEmpty() || zp.equals(w.id().project().known())
        || net.map(n -> zp.get().equals(n.project()) || z.visibleTo(n).orElse(false)).orElse(false);
  }

  private static Finding missingRecord(RuleContext ctx, Workload w, Location at, String env, DnsManagedZone zone, Route route) {
    Optional<String> project = zone.id().project().known();
    Optional<String> notRead = ctx.notCovered(DnsManagedZone.KIND, project, Optional.of("global"))
        .or(() -> ctx.notCovered(DnsRecordSet.KIND, project, Optional.of("global")));
    boolean viaVpcDns = route.isConnector() && route.allTraffic();
    String unsure = notRead.map(r -> "; " + r + ", so a record made outside Terraform cannot be seen").orElse("")
        + (viaVpcDns ? "" : "; whether " + route.describe() + " with " + route.mode().known().orElse("its egress")
            + " sends its DNS queries to the VPC network is not documented");
    Finding.Builder b = ctx.finding(w, at)
        .message("%s: %s names a host in private zone %s (%s), the zone network %s resolves it from, and the zone has "
            + "no record for it nor a wildcard above it; the lookup fails (getaddrinfo error, e.g. redis-py's \"Error -3\")%s",
            Subjects.of(w), env, name(zone), zone.domain().orElse("?"), route.network().known().map(NetworkRef::toString)
                .orElse("?"), unsure)
        .remediation("Add a google_dns_record_set for the name in %s, or point %s at a name the zone holds", zone.address(), env)
        .related(zone.origin().location());
    if (notRead.isPresent() || !viaVpcDns) {
      b.severity(Severity.WARNING);
    }
    return b.build();
  }

  private static Finding.Builder warning(RuleContext ctx, Workload w, Location at) {
    return ctx.finding(w, at).severity(Severity.WARNING);
  }

  private static String name(DnsManagedZone z) {
    return z.id().nameOr(z.address());
  }
}
