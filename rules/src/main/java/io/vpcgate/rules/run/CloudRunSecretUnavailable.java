package io.vpcgate.rules.run;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.Secret;
import io.vpcgate.model.SecretVersion;
import io.vpcgate.rules.Iam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CR-09: at deploy time Cloud Run checks every secret a revision references, with its runtime
 * service account, and "If any check fails, the service deployment fails". Judged from the world
 * after deploy: a secret is missing only when the live read covered that project's secrets (else it
 * is not evaluated, with the reason), a version only when it covered the secret's versions, and
 * access only when it read the project's IAM policy (BLOCKING with the ancestors' policies too,
 * else WARNING; without the policy, not evaluated).
 */
@RuleInfo(
    id = "CR-09",
    summary = "Cloud Run secret reference is missing, disabled or not readable by the service",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, Secret.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class CloudRunSecretUnavailable implements Rule {
  private static final Set<String> ACCESS = Set.of("roles/secretmanager.secretAccessor", "roles/secretmanager.admin");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloudRunService s : ctx.desired().all(CloudRunService.class)) {
      for (EnvVar e : s.allEnv()) {
        if (e.fromSecret() && e.secret().isKnown() && e.name().isKnown()) {
          secret(ctx, s, e, out);
        }
      }
    }
    return out.stream();
  }

  private static void secret(RuleContext ctx, CloudRunService s, EnvVar e, List<Finding> out) {
    String ref = e.secret().known().get();
    String project = ref.startsWith("projects/") ? ref.split("/")[1] : s.id().projectOr("");
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    if (project.isEmpty() || project.matches("\\d+")) {
      return; // a project number we cannot match to an id
    }
    String var = e.name().known().get();
    boolean exists = ctx.index().inProject(project).stream().filter(Secret.class::isInstance)
        .anyMatch(x -> x.id().nameOr("").equals(name));
    if (!exists) {
      Optional<String> notRead = ctx.notCovered(Secret.KIND, Optional.of(project), Optional.of("global"));
      if (notRead.isPresent()) {
        ctx.notEvaluated(s, s.origin().at(e.path()), "whether the secret env " + var + " reads exists: "
            + notRead.get());
        return;
      }
      out.add(ctx.finding(s, s.origin().at(e.path()))
          .message("Service %s: env %s reads secret %s, which does not exist in project %s (the live read covered its "
              + "secrets) and Terraform does not create; the deployment fails", s.address(), var, name, project)
          .remediation("Create the secret (google_secret_manager_secret) or fix the name in secret_key_ref")
          .build());
      return;
    }
    version(ctx, s, e, project, name, out);
    access(ctx, s, var, e, project, name, out);
  }

  private static void version(RuleContext ctx, CloudRunService s, EnvVar e, String project, String name,
      List<Finding> out) {
    List<SecretVersion> versions = ctx.index().inProject(project).stream().filter(SecretVersion.class::isInstance)
        .map(SecretVersion.class::cast).filter(v -> v.secret().known().map(name::equals).orElse(false)).toList();
    if (versions.isEmpty()) {
      Optional<String> notRead = ctx.notCovered(SecretVersion.KIND, Optional.of(project), Optional.of("global"));
      ctx.notEvaluated(s, s.origin().at(e.path()), "which versions of the secret env " + e.name().known().orElse("?") + " reads are enabled: "
          + notRead.orElse("the live read lists none of them"));
      return;
    }
    String wanted = e.secretVersion().known().orElse("latest");
    String var = e.name().known().get();
    if (wanted.equals("latest")) {
      boolean enabled = versions.stream().anyMatch(v -> !v.state().isKnown() || v.state().known().get().equals("ENABLED"));
      if (!enabled) {
        out.add(ctx.finding(s, s.origin().at(e.path()))
            .message("Service %s: env %s reads secret %s at \"latest\", but none of its versions is ENABLED; the "
                + "deployment fails", s.address(), var, name)
            .remediation("Add or enable a version of %s", name)
            .build());
      }
      return;
    }
    Optional<SecretVersion> v = versions.stream().filter(x -> x.version().known().map(wanted::equals).orElse(false)).findFirst();
    if (v.isEmpty()) {
      if (versions.stream().allMatch(x -> x.version().isKnown())) {
        out.add(ctx.finding(s, s.origin().at(e.path()))
            .message("Service %s: env %s reads version %s of secret %s, which has no such version; the deployment "
                + "fails", s.address(), var, wanted, name)
            .remediation("Point secret_key_ref.version at an existing ENABLED version of %s", name)
            .build());
      }
    } else if (v.get().state().known().filter(st -> !st.equals("ENABLED")).isPresent()) {
      out.add(ctx.finding(s, s.origin().at(e.path()))
          .message("Service %s: env %s reads version %s of secret %s, which is %s; the deployment fails", s.address(),
              var, wanted, name, v.get().state().known().get())
          .remediation("Enable version %s of %s or point the service at an ENABLED version", wanted, name)
          .build());
    }
  }

  private static void access(RuleContext ctx, CloudRunService s, String var, EnvVar e, String project, String name,
      List<Finding> out) {
    Iam.Visibility seen = Iam.visibility(ctx.live(), "projects/" + project);
    Optional<String> member = Iam.runtimeMember(s, ctx.world());
    if (seen == Iam.Visibility.NONE || member.isEmpty()) {
      ctx.notEvaluated(s, s.origin().at(e.path()), "whether the service may read the secret env " + var + " reads: " + (member.isEmpty()
          ? "the identity it runs as is not known (no service account, and the project's number was not read)"
          : "the IAM policy of project " + project + " was not read (a Cloud Asset IAM export holds it)"));
      return;
    }
    List<String> on = List.of("projects/" + project, "projects/" + project + "/secrets/" + name);
    if (Iam.mayBeGranted(ctx.world(), on, member.get(), ACCESS)) {
      return;
    }
    Optional<String> uncertain = Iam.uncertainGrant(ctx.world(), on, member.get(), ACCESS);
    if (uncertain.isPresent()) {
      ctx.notEvaluated(s, s.origin().at(e.path()), "whether the service may read the secret env " + var + " reads: "
          + uncertain.get());
      return;
    }
    boolean full = seen == Iam.Visibility.FULL;
    out.add(ctx.finding(s, s.origin().at(e.path())).severity(full ? Severity.BLOCKING : Severity.WARNING)
        .message("Service %s: env %s reads secret %s, but %s has no role that grants secretmanager.versions.access on "
            + "the secret or project %s%s; the deployment fails", s.address(), var, name,
            member.get().substring("serviceAccount:".length()), project,
            full ? "" : " (grants inherited from a folder or the organisation are not in the snapshot)")
        .remediation("Grant roles/secretmanager.secretAccessor on %s to %s (google_secret_manager_secret_iam_member)",
            name, member.get())
        .build());
  }
}
