package io.vpcgate.rules.drift;

import io.vpcgate.model.DataStore;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Field;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.rules.LiveTwin;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * DRIFT-02: Terraform's state has a resource the live project does not. Judged only where the live
 * read covered its kind for that project and region (the coverage a live read records, or that a
 * snapshot declares or implies); elsewhere it is reported as not evaluated, so a partial snapshot
 * never turns into "missing".
 */
@RuleInfo(
    id = "DRIFT-02",
    summary = "Resource Terraform manages is missing from the live project",
    severity = Severity.BLOCKING,
    category = Category.DRIFT,
    appliesTo = {VpcConnector.class, Workload.class, DataStore.class},
    requires = {Input.DESIRED, Input.LIVE, Input.STATE})
public final class ManagedResourceMissingLive implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    ResourceGraph live = ctx.live().orElseThrow();
    List<Finding> out = new java.util.ArrayList<>();
    for (Resource s : ctx.lastApplied().orElseThrow().resources()) {
      Optional<Resource> d = ctx.desired().at(s.address()).stream().findFirst();
      if (Kinds.drift(s).isEmpty() || d.isEmpty() || LiveTwin.find(live, s).isPresent()) {
        continue;
      }
      Optional<String> notRead = ctx.notCovered(Kinds.of(s).name(), s.id().project().known(), s.id().region().known());
      if (notRead.isPresent()) {
        ctx.notEvaluated(d.get(), RuleContext.at(d.get(), Field.NAME), "whether it still exists: " + notRead.get());
      } else {
        out.add(finding(ctx, d.get(), live));
      }
    }
    return out.stream();
  }

  private static Finding finding(RuleContext ctx, Resource d, ResourceGraph live) {
    List<String> users = live.connectorUsers(d.id()).stream().map(Resource::address).toList();
    return ctx.finding(d, io.vpcgate.model.Field.NAME)
        .message("%s is in Terraform's state but does not exist live (%s/%s)%s; it was deleted outside Terraform",
            d.address(), d.id().projectOr("?"), d.id().regionOr("?"),
            users.isEmpty() ? "" : "; live workloads still use it: " + String.join(", ", users))
        .remediation("Re-create it with terraform apply (or remove it from state if it is gone on purpose)")
        .drift("exists", "yes", "no")
        .build();
  }
}
