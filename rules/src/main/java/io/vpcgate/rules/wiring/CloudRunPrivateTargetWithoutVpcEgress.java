package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.Side;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.rules.EnvTargets;
import io.vpcgate.rules.EnvTargets.Target;
import io.vpcgate.rules.IpRanges;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-01: a service whose environment points at a private address needs VPC egress (a connector
 * or Direct VPC); without it the connection times out. Judged on the service Terraform deploys,
 * so a connector added by hand with gcloud does not count: the apply removes it.
 */
@RuleInfo(
    id = "WIRE-01",
    summary = "Cloud Run service reaches a private address without VPC egress",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class})
public final class CloudRunPrivateTargetWithoutVpcEgress implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudRunService.class).stream()
        .filter(CloudRunService::hasNoVpcEgress)
        .flatMap(s -> EnvTargets.of(s, ctx.world()).stream()
            .filter(t -> IpRanges.isRfc1918(t.endpoint().ip()) || IpRanges.RFC6598.contains(t.endpoint().ip()))
            .map(t -> finding(ctx, s, t)));
  }

  private static Finding finding(RuleContext ctx, CloudRunService s, Target t) {
    String what = t.store().map(EnvTargets::describe).orElse("a private address");
    Optional<String> liveConnector = ctx.live().flatMap(l -> l.all(CloudRunService.class).stream()
        .filter(x -> x.id().sameAs(s.id())).findFirst()).flatMap(x -> x.connector().known());
    return ctx.finding(s, s.origin().at(t.env().valuePath()))
        .message("Service %s: %s points at %s, but the service has no VPC egress (no connector or Direct VPC), so "
            + "the connection times out%s", s.address(), t.envName(), what,
            liveConnector.map(c -> "; the live service uses connector " + c.substring(c.lastIndexOf('/') + 1)
                + ", set outside Terraform, which this apply removes").orElse(""))
        .remediation("Add vpc_access { connector = %s } to the service's template in Terraform (not with gcloud)",
            connectorFor(ctx, s))
        .build();
  }

  /** A connector in the service's project and region: Terraform's own first, else a live one, else a placeholder. */
  private static String connectorFor(RuleContext ctx, CloudRunService s) {
    List<VpcConnector> here = ctx.world().all(VpcConnector.class).stream()
        .filter(c -> c.id().region().isKnown() && c.id().region().equals(s.id().region())
            && c.id().project().isKnown() && c.id().project().equals(s.id().project()))
        .sorted(Comparator.comparing((VpcConnector c) -> c.origin().side() != Side.DESIRED))
        .toList();
    if (here.isEmpty()) {
      return "google_vpc_access_connector.<name>.id";
    }
    VpcConnector c = here.get(0);
    return c.origin().side() == Side.DESIRED ? c.address() + ".id" : "\"" + c.address() + "\"";
  }
}
