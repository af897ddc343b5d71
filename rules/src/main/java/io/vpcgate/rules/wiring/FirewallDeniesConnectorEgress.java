package io.vpcgate.rules.wiring;

import io.vpcgate.model.Firewall;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.rules.DataStores;
import io.vpcgate.rules.EnvTargets;
import io.vpcgate.rules.FirewallVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-07: a connector's VMs carry the network tags {@code vpc-connector} and {@code
 * vpc-connector-REGION-NAME}; an egress deny on those tags (or on every instance) that outranks any
 * allow blocks the service's traffic to Redis or Cloud SQL as silent timeouts. Needs the live
 * firewall rules: a rule Terraform does not manage can decide it.
 */
@RuleInfo(
    id = "WIRE-07",
    summary = "VPC firewall denies the connector's traffic to Redis or Cloud SQL",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, Firewall.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class FirewallDeniesConnectorEgress implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloudRunService s : ctx.desired().all(CloudRunService.class)) {
      Optional<VpcConnector> c = ConnectorRef.of(s).flatMap(r -> r.resolve(ctx.world()));
      if (c.isEmpty() || c.get().network().known().isEmpty() || c.get().id().name().known().isEmpty()) {
        continue;
      }
      NetworkRef net = c.get().network().known().get();
      List<String> tags = List.of("vpc-connector",
          "vpc-connector-" + c.get().id().regionOr("") + "-" + c.get().id().nameOr(""));
      for (Target t : targets(ctx, s)) {
        FirewallVerdict.egress(ctx.world(), net, tags, t.ip(), t.port())
            .filter(v -> !v.allowed())
            .ifPresent(v -> out.add(ctx.finding(s, t.at())
                .message("Service %s: egress from connector %s to %s %s:%d is denied by firewall rule %s (priority %d%s) "
                    + "on network %s, so connections time out", s.address(), c.get().id().nameOr("?"), t.what(),
                    Cidr.formatIp(t.ip()), t.port(), v.rule().get().id().nameOr(v.rule().get().address()),
                    v.rule().get().priority().known().orElse(1000),
                    v.rule().get().targetTags().isEmpty() ? ", all instances" : ", target tags "
                        + String.join(" ", v.rule().get().targetTags()), net.name())
                .remediation("Add an EGRESS allow for tcp:%d to %s/32 with target tag %s at a priority below %d",
                    t.port(), Cidr.formatIp(t.ip()), tags.get(1), v.rule().get().priority().known().orElse(1000))
                .related(v.rule().get().origin().location())
                .build()));
      }
    }
    return out.stream();
  }

  private record Target(String what, long ip, int port, io.vpcgate.model.Location at) {}

  /** Redis endpoints and Cloud SQL private IPs the service connects to through the VPC. */
  private static List<Target> targets(RuleContext ctx, CloudRunService s) {
    List<Target> out = new ArrayList<>();
    for (EnvTargets.Target t : EnvTargets.of(s, ctx.world())) {
      t.store().ifPresent(store -> out.add(new Target(label(store), t.endpoint().ip(),
          t.endpoint().port().orElse(port(store)), s.origin().at(t.env().valuePath()))));
    }
    for (RedisInstance r : DataStores.redisUsedBy(s, ctx.world())) {
      r.host().known().flatMap(Cidr::parseIp).filter(ip -> out.stream().noneMatch(x -> x.ip() == ip))
          .ifPresent(ip -> out.add(new Target(label(r), ip, r.port().known().orElse(6379),
              RuleContext.at(s, CloudRunService.ENV))));
    }
    return out;
  }

  private static String label(Resource store) {
    return (store instanceof RedisInstance ? "Redis " : "Cloud SQL ") + store.id().nameOr(store.address());
  }

  private static int port(Resource store) {
    if (store instanceof RedisInstance r) {
      return r.port().known().orElse(6379);
    }
    String version = ((SqlInstance) store).databaseVersion().known().orElse("POSTGRES");
    return version.startsWith("MYSQL") ? 3306 : version.startsWith("SQLSERVER") ? 1433 : 5432;
  }
}
