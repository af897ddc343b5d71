package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.SharedVpcServiceProject;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * WIRE-15: only a service project attached to a Shared VPC host may take addresses from the host's
 * subnets, with Direct VPC egress or a connector built on one. The attachment comes from Terraform
 * ({@code google_compute_shared_vpc_service_project}) or the live read ({@code
 * projects.getXpnHost}, which a Cloud Asset export does not hold); where neither covered the
 * service project, it is not evaluated.
 */
@RuleInfo(
    id = "WIRE-15",
    summary = "Service project using a host project's subnet is not attached to that host",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, VpcConnector.class, SharedVpcServiceProject.class})
public final class SharedVpcServiceProjectNotAttached implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    Set<List<String>> judged = new HashSet<>();
    for (HostSubnetUse u : HostSubnetUse.in(ctx)) {
      if (judged.add(List.of(u.project(), u.host()))) {
        judge(ctx, u).ifPresent(out::add);
      }
    }
    return out.stream();
  }

  private static Optional<Finding> judge(RuleContext ctx, HostSubnetUse u) {
    List<SharedVpcServiceProject> attached = ctx.world().all(SharedVpcServiceProject.class).stream()
        .filter(s -> s.id().project().known().map(u.project()::equals).orElse(false)).toList();
    if (attached.stream().anyMatch(s -> s.hostProject().known().map(u.host()::equals).orElse(false))) {
      return Optional.empty();
    }
    String question = "whether service project " + u.project() + " is attached to host project " + u.host() + ": ";
    if (attached.stream().anyMatch(s -> !s.hostProject().isKnown())) {
      ctx.notEvaluated(u.subject(), RuleContext.at(u.subject(), u.field()), question + "its host is not known before apply");
      return Optional.empty();
    }
    if (ctx.world().all(SharedVpcServiceProject.class).stream().anyMatch(s -> !s.id().project().isKnown())) {
      ctx.notEvaluated(u.subject(), RuleContext.at(u.subject(), u.field()), question + "an attachment whose service "
          + "project is not known before apply may be it");
      return Optional.empty();
    }
    Optional<String> other = attached.stream().flatMap(s -> s.hostProject().known().stream()).findFirst();
    if (other.isEmpty()) {
      Optional<String> notRead = ctx.notCovered(SharedVpcServiceProject.KIND, Optional.of(u.project()), Optional.empty());
      if (notRead.isPresent()) {
        ctx.notEvaluated(u.subject(), RuleContext.at(u.subject(), u.field()), question + notRead.get());
        return Optional.empty();
      }
    }
    return Optional.of(ctx.finding(u.subject(), u.field())
        .message("%s %s, but project %s %s; only a service project attached to the host may use its subnets",
            u.subject().address(), u.what(), u.project(),
            other.map(h -> "is attached to host project " + h + ", not " + u.host())
                .orElse("is not attached to any Shared VPC host"))
        .remediation("Attach it: google_compute_shared_vpc_service_project { host_project = \"%s\", service_project = "
            + "\"%s\" } (in the host's configuration), or use a subnet of %s", u.host(), u.project(), u.project())
        .build());
  }
}
