package io.vpcgate.rules.connector;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * VPCC-04: a connector given {@code subnet { name }} needs that subnet to be a /28 in the
 * connector's own region, used by nothing else. The subnet is looked up in the world after deploy
 * (Terraform's, or the live project's in {@code subnet.project_id}); one that cannot be found is
 * not judged.
 */
@RuleInfo(
    id = "VPCC-04",
    summary = "Serverless VPC connector subnet is not a dedicated /28 in its region",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {VpcConnector.class, Subnetwork.class})
public final class ConnectorSubnetNotDedicated28 implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (VpcConnector c : ctx.desired().all(VpcConnector.class)) {
      Optional<String> name = c.subnetName().known();
      Optional<String> region = c.id().region().known();
      Attr<String> project = c.subnetProject().isAbsent() ? c.id().project() : c.subnetProject();
      if (name.isEmpty() || region.isEmpty() || !project.isKnown()) {
        continue;
      }
      List<Subnetwork> named = ctx.world().named(Subnetwork.class, name.get(), project.known());
      Optional<Subnetwork> local = named.stream()
          .filter(s -> s.id().region().known().map(region.get()::equals).orElse(false)).findFirst();
      String where = project.known().get() + "/" + region.get() + "/" + name.get();
      if (local.isEmpty()) {
        named.stream().filter(s -> s.id().region().isKnown()).findFirst().ifPresent(s -> out.add(
            ctx.finding(c, VpcConnector.SUBNET_NAME)
                .message("Connector %s (region %s) uses subnet %s, which is in %s; a connector's subnet must be in the "
                    + "connector's region", c.address(), region.get(), name.get(), s.id().regionOr("?"))
                .remediation("Create a dedicated /28 subnet in %s for the connector, or put the connector in %s",
                    region.get(), s.id().regionOr("the subnet's region"))
                .related(s.origin().location())
                .build()));
        continue;
      }
      Subnetwork s = local.get();
      Optional<Cidr> range = s.ipCidrRange().known().flatMap(Cidr::tryParse);
      if (range.isPresent() && range.get().prefix() != 28) {
        out.add(ctx.finding(c, VpcConnector.SUBNET_NAME)
            .message("Connector %s uses subnet %s, whose range %s is a /%d; a connector needs a /28 subnet of its own",
                c.address(), where, range.get(), range.get().prefix())
            .remediation("Create a /28 subnet used by nothing else (e.g. %s) and name it in subnet { name }",
                range.get().prefix() < 28 ? new Cidr(range.get().first(), 28).toString() : "a free /28")
            .related(s.origin().location())
            .build());
      } else if (s.secondaryRanges().stream().anyMatch(x -> !x.isAbsent())) {
        out.add(ctx.finding(c, VpcConnector.SUBNET_NAME).severity(Severity.WARNING)
            .message("Connector %s uses subnet %s, which has secondary ranges, so other resources (e.g. GKE pods) may "
                + "use it; a connector's subnet \"must not have any other resources on it other than the connector\"",
                c.address(), where)
            .remediation("Give the connector a /28 subnet with no secondary ranges and no other users")
            .related(s.origin().location())
            .build());
      }
    }
    return out.stream();
  }
}
