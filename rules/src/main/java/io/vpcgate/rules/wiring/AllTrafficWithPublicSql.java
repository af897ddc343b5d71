package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.Binding;
import io.vpcgate.graph.Route;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.NatCoverage;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * WIRE-05: the /cloudsql socket is Cloud SQL's public-IP path (the built-in Auth Proxy). With egress
 * ALL_TRAFFIC it goes through the VPC, which Google advises against ("use a private IP address");
 * BLOCKING when no Cloud NAT covers the connector, WARNING otherwise.
 */
@RuleInfo(
    id = "WIRE-05",
    summary = "Workload sends all egress into the VPC but reaches Cloud SQL over its public IP",
    severity = Severity.WARNING,
    category = Category.WIRING,
    appliesTo = {Workload.class, SqlInstance.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class AllTrafficWithPublicSql implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : ctx.wiring().workloads()) {
      if (!w.egress().mode().known().map(EgressPath.ALL_TRAFFIC::equals).orElse(false)) {
        continue;
      }
      for (Binding b : ctx.wiring().bindings(w)) {
        if (b.evidence() == Binding.Evidence.ATTACHMENT && b.store() instanceof SqlInstance q
            && q.ipv4Enabled().known().orElse(false)) {
          out.add(finding(ctx, w, q));
        }
      }
    }
    return out.stream();
  }

  private static Finding finding(RuleContext ctx, Workload w, SqlInstance q) {
    Route route = ctx.wiring().route(w);
    boolean noNat = NatCoverage.covers(ctx.index(), route).map(covered -> !covered).orElse(false);
    return ctx.finding(w, Workload.CLOUD_SQL_INSTANCES).severity(noNat ? Severity.BLOCKING : Severity.WARNING)
        .message("%s sends all egress through the VPC and reaches Cloud SQL %s through the /cloudsql socket, its "
            + "public-IP path; Google: \"If you route all egress traffic through ... a Serverless VPC Access connector, use "
            + "a private IP address\"%s", Subjects.of(w), q.id().nameOr("?"),
            noNat ? "; with no Cloud NAT on the " + (route.isConnector() ? "connector's" : "egress") + " network the "
                + "connection cannot leave the VPC" : "")
        .remediation("%s, or use egress = \"PRIVATE_RANGES_ONLY\"", q.privateNetwork().isKnown()
            ? "Connect to " + q.id().nameOr("the instance") + "'s private IP over TCP instead of the /cloudsql socket"
            : "Give " + q.id().nameOr("the instance") + " a private IP on the " + (route.isConnector() ? "connector's"
                : "egress") + " network and connect to it over TCP")
        .related(q.origin().location())
        .build();
  }
}
