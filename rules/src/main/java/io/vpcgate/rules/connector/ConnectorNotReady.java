package io.vpcgate.rules.connector;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.LiveTwin;
import java.util.stream.Stream;

/**
 * VPCC-09: a connector the deployed workloads use, or that Terraform declares, is live in a state
 * other than READY (ERROR means "Connector is in a bad state, manual deletion recommended"). Where
 * the live read did not cover connectors in the connector's project and region, its state is not
 * evaluated (never assumed READY).
 */
@RuleInfo(
    id = "VPCC-09",
    summary = "Serverless VPC connector is not READY",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {VpcConnector.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class ConnectorNotReady implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    for (VpcConnector c : ctx.desired().all(VpcConnector.class)) {
      notRead(ctx, c.id()).ifPresent(why -> ctx.notEvaluated(c, RuleContext.at(c, VpcConnector.NAME), why));
    }
    for (Workload s : ctx.desired().all(Workload.class)) {
      ConnectorRef.of(s).filter(r -> !r.usesProjectNumber())
          .filter(r -> ctx.desired().first(VpcConnector.class, r.id()).isEmpty())
          .flatMap(r -> notRead(ctx, r.id()))
          .ifPresent(why -> ctx.notEvaluated(s, RuleContext.at(s, Workload.CONNECTOR), why));
    }
    return ctx.live().orElseThrow().all(VpcConnector.class).stream()
        .filter(l -> l.state().known().map(s -> !s.equals("READY")).orElse(false))
        .flatMap(l -> {
          var declared = LiveTwin.find(ctx.desired(), l);
          var user = ctx.desired().connectorUsers(l.id()).stream().findFirst();
          if (declared.isEmpty() && user.isEmpty()) {
            return Stream.empty();
          }
          String state = l.state().known().get();
          var builder = declared.isPresent() ? ctx.finding(declared.get(), VpcConnector.NAME)
              : ctx.finding(user.get(), Workload.CONNECTOR);
          return Stream.of(builder
              .message("Connector %s is %s live%s%s", l.address(), state,
                  state.equals("ERROR") ? " (\"Connector is in a bad state, manual deletion recommended\")" : "",
                  user.map(s -> "; " + s.address() + " routes its VPC egress through it").orElse(""))
              .remediation(state.equals("ERROR") ? "Delete the broken connector by hand and let Terraform create it again"
                  : "Wait for the connector to become READY before deploying workloads that use it")
              .related(l.origin().location())
              .build());
        });
  }

  private static java.util.Optional<String> notRead(RuleContext ctx, io.vpcgate.model.ResourceId id) {
    return ctx.notCovered(VpcConnector.KIND, id.project().known(), id.region().known())
        .map(why -> "whether connector " + id.nameOr("?") + " is READY: " + why);
  }
}
