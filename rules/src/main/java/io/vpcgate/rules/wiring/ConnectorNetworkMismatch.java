package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.rules.EnvTargets;
import io.vpcgate.rules.EnvTargets.Target;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-02: the service's connector must sit on the same VPC network as the Redis or Cloud SQL
 * instance it reaches. Peering is not transitive: Memorystore and Cloud SQL peer only with their
 * authorized/private network, so a connector on a peered network cannot reach them.
 */
@RuleInfo(
    id = "WIRE-02",
    summary = "Cloud Run connector is on a different VPC network than its data store",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, VpcConnector.class, RedisInstance.class, SqlInstance.class})
public final class ConnectorNetworkMismatch implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudRunService.class).stream().flatMap(s -> findings(ctx, s));
  }

  private static Stream<Finding> findings(RuleContext ctx, CloudRunService s) {
    Optional<VpcConnector> connector = ConnectorRef.of(s).flatMap(r -> r.resolve(ctx.world()));
    Optional<NetworkRef> net = connector.flatMap(c -> c.network().known());
    if (net.isEmpty()) {
      return Stream.empty();
    }
    List<Target> targets = EnvTargets.of(s, ctx.world());
    return targets.stream()
        .filter(t -> t.store().isPresent())
        .flatMap(t -> storeNetwork(t.store().get()).known()
            .filter(n -> !n.sameAs(net.get()))
            .map(n -> ctx.finding(s, s.origin().at(t.env().valuePath()))
                .message("Service %s reaches %s through %s, which is on network %s, but the data store is on network "
                    + "%s; the connector must be on the same VPC network (peering is not transitive), so the "
                    + "connection times out", s.address(), EnvTargets.describe(t.store().get()),
                    connector.get().address(), net.get(), n)
                .remediation("Use a connector on network %s (create one there and point the service at it)", n.name())
                .related(t.store().get().origin().location())
                .build())
            .stream());
  }

  private static Attr<NetworkRef> storeNetwork(Resource r) {
    if (r instanceof RedisInstance redis) {
      return redis.authorizedNetwork();
    }
    if (r instanceof SqlInstance sql) {
      return sql.privateNetwork();
    }
    return Attr.absent();
  }
}
