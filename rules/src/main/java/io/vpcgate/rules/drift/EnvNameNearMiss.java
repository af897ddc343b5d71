package io.vpcgate.rules.drift;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import io.vpcgate.model.Resource;
import io.vpcgate.rules.EnvNames;
import io.vpcgate.rules.LiveTwin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * DRIFT-06: an env var name only Terraform defines and one only the live service defines are near
 * misses of each other ({@code JWT_SECRET} / {@code JWT_SECRET_KEY}): the application reads one of
 * them, so either the deploy or the live service is broken.
 */
@RuleInfo(
    id = "DRIFT-06",
    summary = "Env var names nearly match between Terraform and live",
    severity = Severity.BLOCKING,
    category = Category.DRIFT,
    appliesTo = {Workload.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class EnvNameNearMiss implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload d : ctx.desired().all(Workload.class)) {
      Optional<Resource> twin = LiveTwin.live(ctx, d);
      if (twin.isEmpty() || d.envByContainer().isEmpty() || ((Workload) twin.get()).envByContainer().isEmpty()) {
        continue;
      }
      List<EnvVar> desiredEnv = d.envByContainer().get(0);
      Set<String> desired = names(desiredEnv);
      Set<String> live = names(((Workload) twin.get()).envByContainer().get(0));
      for (EnvVar e : desiredEnv) {
        String a = e.name().known().orElse(null);
        if (a == null || live.contains(a)) {
          continue;
        }
        for (String b : live) {
          if (!desired.contains(b) && EnvNames.nearMiss(a, b)) {
            out.add(ctx.finding(d, d.origin().at(e.namePath())).drift("env name", a, b)
                .message("%s: Terraform defines env %s, the live one defines %s instead: near-miss names, "
                    + "so the application finds only one of them and either this deploy or the live one is wrong",
                    Subjects.of(d), a, b)
                .remediation("Use one name everywhere (the one the application reads) and source both from the same secret")
                .build());
          }
        }
      }
    }
    return out.stream();
  }

  private static Set<String> names(List<EnvVar> env) {
    Set<String> out = new TreeSet<>();
    env.forEach(e -> e.name().known().ifPresent(out::add));
    return out;
  }
}
