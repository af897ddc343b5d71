package io.vpcgate.rules.connector;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.rules.ConnectorUsers;
import io.vpcgate.rules.Replacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * VPCC-08: applying Terraform replaces a connector (a ForceNew field such as ip_cidr_range, or a
 * decrease of min or max instances) while workloads (Cloud Run, Cloud Functions, App Engine) use it. They lose VPC egress between
 * the delete and the create, and Terraform does not touch them, because the connector's name does
 * not change. The replacement comes from the plan, or from comparing Terraform with the live
 * connector (or the last-applied state); the users from the live project and Terraform.
 */
@RuleInfo(
    id = "VPCC-08",
    summary = "Applying replaces a Serverless VPC connector that workloads use",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {VpcConnector.class})
public final class ConnectorReplacedWhileInUse implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (VpcConnector c : ctx.desired().all(VpcConnector.class)) {
      Optional<List<String>> why = Replacement.of(ctx, c);
      if (why.isEmpty()) {
        continue;
      }
      List<String> users = ConnectorUsers.addresses(c, ctx.desired(), ctx.live());
      if (users.isEmpty()) {
        continue;
      }
      out.add(ctx.finding(c, firstField(why.get()))
          .message("Applying replaces connector %s (%s forces a new connector) while %s use%s it: %s; they lose VPC "
              + "egress between the delete and the create, and Terraform does not update them because the connector's "
              + "name stays the same", c.address(), String.join(", ", why.get()),
              users.size() == 1 ? "1 workload" : users.size() + " workloads", users.size() == 1 ? "s" : "",
              String.join(", ", users))
          .remediation("Migrate in two steps: create a connector under a new name, point the workloads at it and apply, "
              + "then remove %s", c.id().nameOr("the old connector"))
          .build());
    }
    return out.stream();
  }

  /** The field a reason names ("ip_cidr_range 10.1.0.0/28 -> ..." → ip_cidr_range), for the finding's line. */
  private static io.vpcgate.model.Field firstField(List<String> why) {
    String first = why.get(0);
    return new io.vpcgate.model.Field(first.contains(" ") ? first.substring(0, first.indexOf(' ')) : first);
  }
}
