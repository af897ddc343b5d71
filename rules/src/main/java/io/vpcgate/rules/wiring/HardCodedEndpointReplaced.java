package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Existing;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.EnvEndpoint;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.Resource;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Replacement;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-10: an env literal that holds the current address of a data store Terraform manages goes
 * stale when the instance is recreated (BLOCKING when this apply replaces it); a reference would
 * follow the instance. The current address comes from what exists: live, else the last-applied
 * state (Terraform state, or the plan's prior state), and the finding says which.
 */
@RuleInfo(
    id = "WIRE-10",
    summary = "Env hard-codes the address of a data store Terraform manages",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, DataStore.class},
    requires = {Input.DESIRED, Input.EXISTING})
public final class HardCodedEndpointReplaced implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    // The current addresses are known only from what exists: live, else the last-applied state.
    Existing best = ctx.existing().orElseThrow();
    List<Finding> out = new ArrayList<>();
    for (DataStore store : ctx.desired().all(DataStore.class)) {
      if (store.origin().side() == io.vpcgate.model.Side.LIVE) {
        continue; // an audit of live state: no Terraform reference to suggest, and nothing this apply replaces
      }
      Existing existing = best;
      if (best.live() && best.twin(store).isEmpty()) {
        // Not in a live read that did not cover it: the last-applied state may still know its address.
        Optional<String> notRead = ctx.notCovered(io.vpcgate.kinds.Kinds.of(store).name(), store.id().project().known(),
            store.id().region().known());
        if (notRead.isPresent()) {
          Optional<Existing> last = ctx.lastApplied().map(g -> new Existing(g, Existing.Source.STATE));
          if (last.isEmpty() || last.get().twin(store).isEmpty()) {
            ctx.notEvaluated(store, store.origin().location(), "whether a service holds the current address of "
                + store.address() + " as a literal: " + notRead.get());
            continue;
          }
          existing = last.get();
        }
      }
      Optional<String> address = existing.twin(store)
          .flatMap(t -> ((DataStore) t).endpoints().stream().flatMap(e -> e.host().known().stream()).findFirst());
      if (address.isEmpty()) {
        continue;
      }
      Optional<List<String>> replaced = Replacement.of(ctx, store);
      for (Workload w : ctx.wiring().workloads()) {
        for (EnvEndpoint t : ctx.wiring().endpoints(w)) {
          if (t.endpoint().address().equals(address.get())) {
            out.add(finding(ctx, w, t, store, address.get(), replaced, existing));
          }
        }
      }
    }
    return out.stream();
  }

  private static Finding finding(RuleContext ctx, Workload w, EnvEndpoint t, Resource store, String address,
      Optional<List<String>> replaced, Existing existing) {
    String lastApplied = existing.live() ? "" : existing.source().label() + " ";
    String ref = store.address() + "." + Kinds.path(store, DataStore.ENDPOINT).orElse("<its address attribute>");
    if (replaced.isPresent()) {
      return ctx.finding(w, w.origin().at(t.env().valuePath()))
          .message("%s: %s holds %s, the %saddress of %s, as a literal, and the apply replaces that "
              + "instance (%s); the new instance's address is assigned by the server, so %s goes stale",
              Subjects.of(w), t.envName(), address, existing.live() ? "current " : lastApplied, store.address(),
              String.join(", ", replaced.get()), t.envName())
          .remediation("Set %s = %s so it follows the instance", t.envName(), ref)
          .related(store.origin().location())
          .build();
    }
    return ctx.finding(w, w.origin().at(t.env().valuePath())).severity(Severity.WARNING)
        .message("%s: %s holds the %saddress of %s (%s) as a literal; it goes stale when the instance is "
            + "recreated", Subjects.of(w), t.envName(), lastApplied, store.address(), address)
        .remediation("Set %s = %s", t.envName(), ref)
        .related(store.origin().location())
        .build();
  }
}
