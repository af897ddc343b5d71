package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.Field;
import io.vpcgate.model.IamPolicy;
import io.vpcgate.model.Resource;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Iam;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * WIRE-14: with Shared VPC, Google's service agents act in the host project on the service
 * project's behalf: a workload's agent needs Serverless VPC Access User where the connector it uses
 * is (Cloud Run's, Cloud Functions', App Engine's); a connector built on a host subnet needs the VPC
 * Access and Google APIs service agents to be Compute Network Users there; Direct VPC egress on a
 * host subnet needs Cloud Run's agent to be one. Judged from live IAM policies and Terraform's
 * grants: BLOCKING when the host project's and its ancestors' policies were read, else a WARNING;
 * Compute Network User may be granted on the subnet alone, which a project's policy does not show,
 * so those are WARNINGs. Without the host's policy or the service project's number: not evaluated.
 */
@RuleInfo(
    id = "WIRE-14",
    summary = "Shared VPC service agent lacks the role the VPC path needs in the host project",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, VpcConnector.class, IamPolicy.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class SharedVpcAgentRoleMissing implements Rule {
  private static final Set<String> VPC_ACCESS = Set.of("roles/vpcaccess.user", "roles/vpcaccess.admin");
  private static final Set<String> NETWORK_USER = Set.of("roles/compute.networkUser", "roles/compute.networkAdmin");

  /** One grant a Shared VPC path needs: who, what, where, and on what the finding goes. */
  private record Need(Resource subject, Field field, String project, String host, String agent, String agentName,
      Set<String> roles, String role, String what, boolean subnetGrantPossible) {}

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : ctx.desired().all(Workload.class)) {
      connectorUse(w).ifPresent(n -> judge(ctx, n).ifPresent(out::add));
    }
    for (HostSubnetUse u : HostSubnetUse.in(ctx)) {
      needs(u).forEach(n -> judge(ctx, n).ifPresent(out::add));
    }
    return out.stream();
  }

  /** A connector in another project than the workload's: the workload's agent needs vpcaccess.user there. */
  private static Optional<Need> connectorUse(Workload w) {
    Optional<ConnectorRef> ref = ConnectorRef.of(w).filter(r -> !r.usesProjectNumber());
    String project = w.id().projectOr("");
    String host = ref.flatMap(r -> r.project().known()).orElse(project);
    if (ref.isEmpty() || project.isEmpty() || host.equals(project)) {
      return Optional.empty();
    }
    return Optional.of(new Need(w, Workload.CONNECTOR, project, host, w.connectorAgent("{number}"),
        "the service agent that attaches " + Subjects.inSentence(w) + " to connectors", VPC_ACCESS,
        "roles/vpcaccess.user", "uses connector " + ref.get().name() + " in host project " + host, false));
  }

  /**
   * A host subnet: Direct VPC needs Cloud Run's agent to be a Compute Network User there; a connector
   * built on one needs the VPC Access and Google APIs agents to be.
   */
  private static List<Need> needs(HostSubnetUse u) {
    if (u.directVpc()) {
      return List.of(new Need(u.subject(), u.field(), u.project(), u.host(),
          "service-{number}@serverless-robot-prod.iam.gserviceaccount.com", "the Cloud Run service agent", NETWORK_USER,
          "roles/compute.networkUser", u.what(), true));
    }
    return List.of(
        new Need(u.subject(), u.field(), u.project(), u.host(), "service-{number}@gcp-sa-vpcaccess.iam.gserviceaccount.com",
            "the Serverless VPC Access service agent", NETWORK_USER, "roles/compute.networkUser", u.what(), true),
        new Need(u.subject(), u.field(), u.project(), u.host(), "{number}@cloudservices.gserviceaccount.com",
            "the Google APIs service agent", NETWORK_USER, "roles/compute.networkUser", u.what(), true));
  }

  private static Optional<Finding> judge(RuleContext ctx, Need n) {
    Optional<String> number = Iam.projectNumber(ctx.world(), n.project());
    Iam.Visibility seen = Iam.visibility(ctx.live(), "projects/" + n.host());
    String question = "whether " + n.agentName() + " of " + n.project() + " holds " + n.role() + " in host project "
        + n.host() + ": ";
    if (number.isEmpty()) {
      ctx.notEvaluated(n.subject(), RuleContext.at(n.subject(), n.field()), question + "the number of project "
          + n.project() + " (which names its service agents) was not read");
      return Optional.empty();
    }
    if (seen == Iam.Visibility.NONE) {
      ctx.notEvaluated(n.subject(), RuleContext.at(n.subject(), n.field()), question + "the IAM policy of project "
          + n.host() + " was not read (a Cloud Asset IAM export holds it)");
      return Optional.empty();
    }
    String agent = n.agent().replace("{number}", number.get());
    String member = "serviceAccount:" + agent;
    List<String> on = List.of("projects/" + n.host());
    if (Iam.mayBeGranted(ctx.world(), on, member, n.roles())) {
      return Optional.empty();
    }
    Optional<String> uncertain = Iam.uncertainGrant(ctx.world(), on, member, n.roles());
    if (uncertain.isPresent()) {
      ctx.notEvaluated(n.subject(), RuleContext.at(n.subject(), n.field()), question + uncertain.get());
      return Optional.empty();
    }
    boolean certain = seen == Iam.Visibility.FULL && !n.subnetGrantPossible();
    String subject = n.subject() instanceof Workload w ? Subjects.of(w) : n.subject().address();
    return Optional.of(ctx.finding(n.subject(), n.field()).severity(certain ? Severity.BLOCKING : Severity.WARNING)
        .message("%s %s, but %s of %s (%s) has no %s there%s; the deploy is refused", subject, n.what(), n.agentName(),
            n.project(), agent, n.role(), n.subnetGrantPossible() ? " (a grant on the subnet itself is not visible here)"
                : seen == Iam.Visibility.FULL ? "" : " (grants inherited from a folder or the organisation are not in "
                    + "the snapshot)")
        .remediation("Grant %s in %s to %s (google_project_iam_member%s)", n.role(), n.host(), member,
            n.subnetGrantPossible() ? ", or google_compute_subnetwork_iam_member on the subnet" : "")
        .build());
  }
}
