package io.vpcgate.rules.psc;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ServiceConnectionPolicy;
import io.vpcgate.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PSC-02: only one service connection policy may exist for a network, region and service class; a
 * second one fails to create (two modules that each create "their" policy collide). BLOCKING when
 * Terraform declares both; a WARNING when the other exists live only, since it may be the one this
 * apply replaces under a new name. Policies whose network, location or class is not known before
 * apply are not compared.
 */
@RuleInfo(
    id = "PSC-02",
    summary = "Second service connection policy for the same network, region and class",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {ServiceConnectionPolicy.class})
public final class ServiceConnectionPolicyDuplicated implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<ServiceConnectionPolicy> declared = ctx.desired().all(ServiceConnectionPolicy.class);
    List<ServiceConnectionPolicy> world = ctx.world().all(ServiceConnectionPolicy.class);
    for (int i = 0; i < declared.size(); i++) {
      ServiceConnectionPolicy p = declared.get(i);
      if (!p.network().isKnown() || !p.id().region().isKnown() || !p.serviceClass().isKnown()) {
        continue;
      }
      List<ServiceConnectionPolicy> earlier = declared.subList(0, i);
      Optional<ServiceConnectionPolicy> twin = earlier.stream().filter(q -> collides(p, q)).findFirst();
      if (twin.isPresent()) {
        out.add(finding(ctx, p, twin.get(), true));
        continue;
      }
      List<ServiceConnectionPolicy> live = world.stream()
          .filter(q -> q != p && q.origin().side() == Side.LIVE && !q.id().sameAs(p.id()) && collides(p, q)).toList();
      if (!live.isEmpty() && (!p.id().name().isKnown() || !p.id().project().isKnown())) {
        ctx.notEvaluated(p, RuleContext.at(p, ServiceConnectionPolicy.NAME), "whether " + p.address() + " is "
            + live.get(0).address() + " or a second policy beside it: its name or project is not known before apply");
        continue;
      }
      live.stream().findFirst().ifPresent(q -> out.add(finding(ctx, p, q, false)));
    }
    return out.stream();
  }

  private static boolean collides(ServiceConnectionPolicy p, ServiceConnectionPolicy q) {
    return q.network().known().map(n -> n.sameAs(p.network().known().get())).orElse(false)
        && q.id().region().equals(p.id().region()) && q.serviceClass().equals(p.serviceClass());
  }

  private static Finding finding(RuleContext ctx, ServiceConnectionPolicy p, ServiceConnectionPolicy q, boolean declared) {
    NetworkRef net = p.network().known().get();
    return ctx.finding(p, ServiceConnectionPolicy.SERVICE_CLASS).severity(declared ? Severity.BLOCKING : Severity.WARNING)
        .message("Service connection policy %s is a second policy for network %s, region %s and service class %s: %s "
            + "already %s it, and only one policy may exist per network, region and service class, so creating this "
            + "one fails%s", p.address(), net, p.id().regionOr("?"), p.serviceClass().known().get(), q.address(),
            declared ? "declares" : "exists live for",
            declared ? "" : " (unless this apply deletes that one first: it is not managed at this address)")
        .remediation("Keep one policy for %s in %s for %s (remove %s, or create the policy once outside the modules "
            + "that need it)", net.name(), p.id().regionOr("?"), p.serviceClass().known().get(), p.address())
        .related(q.origin().location())
        .build();
  }
}
