package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.rules.NatCoverage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-05: the /cloudsql socket is Cloud SQL's public-IP path (the built-in Auth Proxy). With egress
 * ALL_TRAFFIC it goes through the VPC, which Google advises against ("use a private IP address");
 * BLOCKING when no Cloud NAT covers the connector, WARNING otherwise.
 */
@RuleInfo(
    id = "WIRE-05",
    summary = "Cloud Run sends all egress into the VPC but reaches Cloud SQL over its public IP",
    severity = Severity.WARNING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, SqlInstance.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class AllTrafficWithPublicSql implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudRunService.class).stream()
        .filter(s -> s.egressMode().known().map("ALL_TRAFFIC"::equals).orElse(false))
        .flatMap(s -> s.cloudSqlInstances().known().orElse(List.of()).stream()
            .flatMap(conn -> ctx.world().all(SqlInstance.class).stream()
                .filter(q -> q.connectionName().known().map(conn::equals).orElse(false))
                .filter(q -> q.ipv4Enabled().known().orElse(false))
                .map(q -> finding(ctx, s, q))));
  }

  private static Finding finding(RuleContext ctx, CloudRunService s, SqlInstance q) {
    Optional<VpcConnector> c = ConnectorRef.of(s).flatMap(r -> r.resolve(ctx.world()));
    boolean noNat = c.flatMap(x -> NatCoverage.covers(ctx.world(), x)).map(covered -> !covered).orElse(false);
    return ctx.finding(s, CloudRunService.CLOUD_SQL_INSTANCES).severity(noNat ? Severity.BLOCKING : Severity.WARNING)
        .message("Service %s sends all egress through the VPC and reaches Cloud SQL %s through the /cloudsql socket, its "
            + "public-IP path; Google: \"If you route all egress traffic through ... a Serverless VPC Access connector, use "
            + "a private IP address\"%s", s.address(), q.id().nameOr("?"),
            noNat ? "; with no Cloud NAT on the connector's network the connection cannot leave the VPC" : "")
        .remediation("%s, or use egress = \"PRIVATE_RANGES_ONLY\"", q.privateNetwork().isKnown()
            ? "Connect to " + q.id().nameOr("the instance") + "'s private IP over TCP instead of the /cloudsql socket"
            : "Give " + q.id().nameOr("the instance") + " a private IP on the connector's network and connect to it over TCP")
        .related(q.origin().location())
        .build();
  }
}
