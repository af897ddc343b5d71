package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.rules.EnvTargets;
import io.vpcgate.rules.LiveTwin;
import io.vpcgate.rules.Replacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-10: an env var holding a data store's address as a literal. When the apply replaces that
 * Redis or Cloud SQL instance (its address is server-assigned and may change), the literal goes
 * stale: BLOCKING. When Terraform manages the instance in this configuration but does not replace
 * it, a WARNING: a reference would follow the instance. Addresses come from the live instance.
 */
@RuleInfo(
    id = "WIRE-10",
    summary = "Cloud Run env hard-codes the address of a Redis or Cloud SQL instance",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, RedisInstance.class, SqlInstance.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class HardCodedEndpointReplaced implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    ResourceGraph live = ctx.live().orElseThrow(); // the current addresses are known only live
    List<Finding> out = new ArrayList<>();
    for (Resource store : ctx.desired().resources()) {
      if (!(store instanceof RedisInstance || store instanceof SqlInstance)) {
        continue;
      }
      Optional<Resource> twin = LiveTwin.find(live, store);
      Optional<String> address = twin.flatMap(HardCodedEndpointReplaced::address);
      if (address.isEmpty()) {
        continue;
      }
      Optional<List<String>> replaced = Replacement.of(ctx, store);
      for (CloudRunService s : ctx.desired().all(CloudRunService.class)) {
        for (EnvTargets.Target t : EnvTargets.of(s, live)) {
          if (!t.endpoint().address().equals(address.get())) {
            continue;
          }
          String ref = store instanceof RedisInstance ? store.address() + ".host" : store.address() + ".private_ip_address";
          if (replaced.isPresent()) {
            out.add(ctx.finding(s, s.origin().at(t.env().valuePath()))
                .message("Service %s: %s holds %s, the current address of %s, as a literal, and the apply replaces that "
                    + "instance (%s); the new instance's address is assigned by the server, so %s goes stale",
                    s.address(), t.envName(), address.get(), store.address(), String.join(", ", replaced.get()),
                    t.envName())
                .remediation("Set %s = %s so it follows the instance", t.envName(), ref)
                .related(store.origin().location())
                .build());
          } else {
            out.add(ctx.finding(s, s.origin().at(t.env().valuePath())).severity(Severity.WARNING)
                .message("Service %s: %s holds the address of %s (%s) as a literal; it goes stale when the instance is "
                    + "recreated", s.address(), t.envName(), store.address(), address.get())
                .remediation("Set %s = %s", t.envName(), ref)
                .related(store.origin().location())
                .build());
          }
        }
      }
    }
    return out.stream();
  }

  private static Optional<String> address(Resource live) {
    if (live instanceof RedisInstance r) {
      return r.host().known();
    }
    return ((SqlInstance) live).privateIp().known();
  }
}
