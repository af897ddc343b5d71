package io.vpcgate.rules.run;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.IamPolicy;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.rules.Iam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CR-11: the runtime service account of a service that attaches Cloud SQL needs Cloud SQL Client
 * (cloudsql.instances.connect) in the instance's project (the Shared VPC roles of service agents
 * are WIRE-14's). Judged only from live IAM policies (or Terraform's grants):
 * BLOCKING when the snapshot holds the project's and its ancestors' policies, else WARNING; without
 * the project's policy, or the identity, not evaluated (never a silent pass).
 */
@RuleInfo(
    id = "CR-11",
    summary = "Cloud Run identity lacks the Cloud SQL Client role",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, IamPolicy.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class CloudRunIamMissing implements Rule {
  private static final Set<String> SQL = Set.of("roles/cloudsql.client", "roles/cloudsql.admin", "roles/cloudsql.editor");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloudRunService s : ctx.desired().all(CloudRunService.class)) {
      sql(ctx, s, out);
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
}
