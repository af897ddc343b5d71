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
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.rules.LiveTwin;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * DRIFT-03: a live connector, workload or data store in the projects and regions this
 * Terraform manages, that neither its configuration nor its state knows. It may belong to another
 * workspace, so this is a WARNING.
 */
@RuleInfo(
    id = "DRIFT-03",
    summary = "Live resource in scope is not managed by this Terraform",
    severity = Severity.WARNING,
    category = Category.DRIFT,
    appliesTo = {VpcConnector.class, Workload.class, DataStore.class},
    requires = {Input.DESIRED, Input.LIVE, Input.STATE})
public final class UnmanagedLiveResource implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    ResourceGraph desired = ctx.desired();
    ResourceGraph state = ctx.lastApplied().orElseThrow();
    Set<List<String>> scope = scope(desired);
    return ctx.live().orElseThrow().resources().stream()
        .filter(l -> !Kinds.drift(l).isEmpty())
        .filter(l -> inScope(scope, l))
        .filter(l -> LiveTwin.find(desired, l).isEmpty() && LiveTwin.find(state, l).isEmpty())
        .map(l -> ctx.finding(l, io.vpcgate.model.Field.NAME)
            .message("%s exists live in %s/%s but neither this Terraform's configuration nor its state has it",
                l.address(), l.id().projectOr("?"), l.id().regionOr("?"))
            .remediation("Import it (terraform import) if this Terraform should manage it, or make sure another "
                + "workspace does")
            .drift("managed", "no", "exists")
            .build());
  }

  /** The (project, region) pairs Terraform manages resources in, where it knows both. */
  private static Set<List<String>> scope(ResourceGraph desired) {
    Set<List<String>> out = new HashSet<>();
    for (Resource d : desired.resources()) {
      if (d.id().project().isKnown() && d.id().region().isKnown()) {
        out.add(List.of(d.id().project().known().get(), d.id().region().known().get()));
      }
    }
    return out;
  }

  /** Whether {@code l} is in a project and region Terraform manages resources in. */
  private static boolean inScope(Set<List<String>> scope, Resource l) {
    return l.id().project().isKnown() && l.id().region().isKnown()
        && scope.contains(List.of(l.id().project().known().get(), l.id().region().known().get()));
  }
}
