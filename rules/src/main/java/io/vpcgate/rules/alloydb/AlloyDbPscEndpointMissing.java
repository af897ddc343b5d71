package io.vpcgate.rules.alloydb;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.Binding;
import io.vpcgate.model.AlloyDbInstance;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.ForwardingRule;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * ADB-01: an AlloyDB instance on Private Service Connect is reached only through a PSC endpoint, a forwarding
 * rule (with its internal address) whose target is the instance's service attachment; the DNS record is a
 * convenience. An instance that no endpoint targets is unreachable. BLOCKING only when a deployed workload uses
 * the instance, forwarding rules of its project were read live, and no other consumer project is allowed to
 * hold the endpoint; otherwise a WARNING, since the endpoint may be elsewhere (another project, or not read).
 * Instances that ask AlloyDB to create their endpoints ({@code psc_auto_connections}) are not judged.
 */
@RuleInfo(
    id = "ADB-01",
    summary = "AlloyDB instance on Private Service Connect has no endpoint",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {AlloyDbInstance.class, ForwardingRule.class, Workload.class})
public final class AlloyDbPscEndpointMissing implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (AlloyDbInstance i : ctx.desired().all(AlloyDbInstance.class)) {
      if (!i.attachment().known().map(a -> a == DataStore.Attachment.PRIVATE_SERVICE_CONNECT).orElse(false)) {
        continue;
      }
      if (i.pscAutoConnections().isUnknown()) {
        ctx.notEvaluated(i, RuleContext.at(i, AlloyDbInstance.PSC_INSTANCE_CONFIG),
            "whether AlloyDB creates its endpoints (psc_auto_connections) is not known before apply");
        continue;
      }
      if (i.pscAutoConnections().known().orElse(false) || hasEndpoint(ctx, i)) {
        continue;
      }
      Optional<ForwardingRule> unsure = ctx.world().all(ForwardingRule.class).stream().filter(f -> f.target().isUnknown())
          .findFirst();
      if (unsure.isPresent()) {
        ctx.notEvaluated(i, RuleContext.at(i, AlloyDbInstance.PSC_INSTANCE_CONFIG), "the target of "
            + unsure.get().address() + " is not known before apply, so it may be this instance's endpoint");
        continue;
      }
      Optional<String> notRead = ctx.notCovered(ForwardingRule.KIND, i.id().project().known(), i.id().region().known());
      boolean elsewhere = i.allowedConsumerProjects().known().map(p -> !p.isEmpty())
          .orElse(i.allowedConsumerProjects().isUnknown());
      List<Binding> users = ctx.wiring().bindingsTo(i);
      boolean blocking = notRead.isEmpty() && !elsewhere && !users.isEmpty();
      String why = notRead.map(r -> "; " + r + ", so an endpoint made outside Terraform cannot be seen").orElse("")
          + (elsewhere ? "; allowed_consumer_projects lets other projects hold the endpoint" : "");
      out.add(ctx.finding(i, AlloyDbInstance.PSC_INSTANCE_CONFIG).severity(blocking ? Severity.BLOCKING : Severity.WARNING)
          .message("AlloyDB %s uses Private Service Connect, and no forwarding rule targets its service attachment%s; "
              + "clients reach the instance only through such an endpoint%s", i.address(),
              users.isEmpty() ? "" : " although " + Subjects.of(users.get(0).workload()) + " connects to it", why)
          .remediation("Add a google_compute_address (address_type = \"INTERNAL\") and a google_compute_forwarding_rule "
              + "with load_balancing_scheme = \"\" and target = %s.psc_instance_config[0].service_attachment_link in the "
              + "consumer network, or set psc_instance_config.psc_auto_connections", i.address())
          .build());
    }
    return out.stream();
  }

  /** A forwarding rule that targets the instance's service attachment, or that Terraform points at the instance. */
  private static boolean hasEndpoint(RuleContext ctx, AlloyDbInstance i) {
    Optional<String> attachment = i.serviceAttachmentLink().known().filter(l -> !l.isEmpty());
    return ctx.world().all(ForwardingRule.class).stream()
        .anyMatch(f -> attachment.map(f::targets).orElse(false) || f.origin().refersTo(i.address()));
  }
}
