package io.vpcgate.rules.run;

import io.vpcgate.model.IamPolicy;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.rules.Iam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CR-11: the runtime service account of a service that attaches Cloud SQL needs Cloud SQL Client
 * (cloudsql.instances.connect) in the instance's project; a service in one project using a
 * connector in another (the Shared VPC host) needs its Cloud Run service agent to hold Serverless
 * VPC Access User in the host project. Judged only from live IAM policies (or Terraform's grants):
 * BLOCKING when the snapshot holds the project's and its ancestors' policies, else WARNING; without
 * the project's policy, or the identity, not evaluated (never a silent pass).
 */
@RuleInfo(
    id = "CR-11",
    summary = "Cloud Run identity lacks the IAM role Cloud SQL or the connector needs",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, IamPolicy.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class CloudRunIamMissing implements Rule {
  private static final Set<String> SQL = Set.of("roles/cloudsql.client", "roles/cloudsql.admin", "roles/cloudsql.editor");
  private static final Set<String> VPC = Set.of("roles/vpcaccess.user", "roles/vpcaccess.admin");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloudRunService s : ctx.desired().all(CloudRunService.class)) {
      sql(ctx, s, out);
      sharedVpc(ctx, s, out);
    }
    return out.stream();
  }

  private static void sql(RuleContext ctx, CloudRunService s, List<Finding> out) {
    Optional<String> member = Iam.runtimeMember(s, ctx.world());
    List<String> attached = s.cloudSqlInstances().known().orElse(List.of());
    if (member.isEmpty()) {
      if (!attached.isEmpty()) {
        ctx.notEvaluated(s, RuleContext.at(s, CloudRunService.CLOUD_SQL_INSTANCES), "whether the service may connect to "
            + "Cloud SQL: the identity it runs as is not known (no service account, and the project's number was not read)");
      }
      return;
    }
    for (String conn : attached) {
      Optional<SqlInstance> q = ctx.wiring().sqlByConnectionName(conn);
      String project = q.map(x -> x.id().projectOr("")).filter(p -> !p.isEmpty())
          .orElse(conn.matches(".+:[^:]+:[^:]+") ? conn.replaceAll(":[^:]+:[^:]+$", "") : "");
      Iam.Visibility seen = Iam.visibility(ctx.live(), "projects/" + project);
      if (!project.isEmpty() && seen == Iam.Visibility.NONE) {
        ctx.notEvaluated(s, RuleContext.at(s, CloudRunService.CLOUD_SQL_INSTANCES), "whether "
            + member.get().substring("serviceAccount:".length()) + " may connect to Cloud SQL " + conn
            + ": the IAM policy of project " + project + " was not read (a Cloud Asset IAM export holds it)");
        continue;
      }
      if (project.isEmpty() || Iam.mayBeGranted(ctx.world(), List.of("projects/" + project), member.get(), SQL)) {
        continue;
      }
      Optional<String> uncertain = Iam.uncertainGrant(ctx.world(), List.of("projects/" + project), member.get(), SQL);
      if (uncertain.isPresent()) {
        ctx.notEvaluated(s, RuleContext.at(s, CloudRunService.CLOUD_SQL_INSTANCES), "whether "
            + member.get().substring("serviceAccount:".length()) + " may connect to Cloud SQL " + conn + ": "
            + uncertain.get());
        continue;
      }
      boolean full = seen == Iam.Visibility.FULL;
      out.add(ctx.finding(s, CloudRunService.CLOUD_SQL_INSTANCES).severity(full ? Severity.BLOCKING : Severity.WARNING)
          .message("Service %s attaches Cloud SQL %s, but %s has no Cloud SQL Client role in project %s%s; the "
              + "built-in connection is refused (cloudsql.instances.connect)", s.address(), conn,
              member.get().substring("serviceAccount:".length()), project,
              full ? "" : " (grants inherited from a folder or the organisation are not in the snapshot)")
          .remediation("Grant roles/cloudsql.client in %s to %s (google_project_iam_member)", project, member.get())
          .build());
    }
  }

  private static void sharedVpc(RuleContext ctx, CloudRunService s, List<Finding> out) {
    Optional<ConnectorRef> ref = ConnectorRef.of(s);
    String project = s.id().projectOr("");
    if (ref.isEmpty() || ref.get().usesProjectNumber() || project.isEmpty()) {
      return;
    }
    String host = ref.get().project().known().orElse(project);
    if (host.equals(project)) {
      return;
    }
    Optional<String> number = Iam.projectNumber(ctx.world(), project);
    if (Iam.visibility(ctx.live(), "projects/" + host) == Iam.Visibility.NONE || number.isEmpty()) {
      ctx.notEvaluated(s, RuleContext.at(s, CloudRunService.CONNECTOR), "whether the Cloud Run service agent of "
          + project + " may use connectors in host project " + host + ": " + (number.isEmpty()
              ? "the number of project " + project + " (which names its service agent) was not read"
              : "the IAM policy of project " + host + " was not read (a Cloud Asset IAM export holds it)"));
      return;
    }
    String agent = "serviceAccount:service-" + number.get() + "@serverless-robot-prod.iam.gserviceaccount.com";
    if (Iam.mayBeGranted(ctx.world(), List.of("projects/" + host), agent, VPC)) {
      return;
    }
    Optional<String> uncertain = Iam.uncertainGrant(ctx.world(), List.of("projects/" + host), agent, VPC);
    if (uncertain.isPresent()) {
      ctx.notEvaluated(s, RuleContext.at(s, CloudRunService.CONNECTOR), "whether the Cloud Run service agent of "
          + project + " may use connectors in host project " + host + ": " + uncertain.get());
      return;
    }
    out.add(ctx.finding(s, CloudRunService.CONNECTOR).severity(Severity.WARNING)
        .message("Service %s uses connector %s in host project %s, but the Cloud Run service agent of %s (%s) has no "
            + "Serverless VPC Access User role there; the deploy is refused", s.address(), ref.get().name(), host,
            project, agent.substring("serviceAccount:".length()))
        .remediation("Grant roles/vpcaccess.user in %s to %s", host, agent)
        .build());
  }
}
