package io.vpcgate.kinds;

import io.vpcgate.kind.Kind;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.IamPolicy;
import io.vpcgate.model.ResourceId;
import java.util.List;

/**
 * IAM policies of projects and secrets. In Terraform a {@code *_iam_member} adds one member and a
 * {@code *_iam_binding} sets a role's members (neither is the whole policy); live, a policy comes
 * from a Cloud Asset Inventory IAM export with the resource's ancestors (read by the snapshot
 * reader, not listed by the live read).
 */
public final class IamPolicyKind implements Kind<IamPolicy> {

  @Override
  public String name() {
    return IamPolicy.KIND;
  }

  @Override
  public Class<IamPolicy> type() {
    return IamPolicy.class;
  }

  @Override
  public String title() {
    return "IAM policy";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_project_iam_member", "google_project_iam_binding", "google_secret_manager_secret_iam_member",
        "google_secret_manager_secret_iam_binding");
  }

  @Override
  public IamPolicy fromTerraform(TerraformFields t) {
    if (t.type().startsWith("google_project_")) {
      Attr<String> project = t.project().map(p -> p.startsWith("projects/") ? p.substring("projects/".length()) : p);
      return iam(t, project, project.map(p -> "projects/" + p));
    }
    Attr<String> secret = t.node().str("secret_id");
    Attr<String> project = secret.known().filter(x -> x.startsWith("projects/"))
        .<Attr<String>>map(x -> Attr.known(x.split("/")[1])).orElse(t.project());
    Attr<String> resource = secret.known().filter(x -> x.startsWith("projects/")).<Attr<String>>map(Attr::known)
        .orElseGet(() -> project.isKnown() && secret.isKnown()
            ? Attr.known("projects/" + project.known().get() + "/secrets/" + secret.known().get())
            : Attr.unknown("secret unknown"));
    return iam(t, project, resource);
  }

  private static IamPolicy iam(TerraformFields t, Attr<String> project, Attr<String> resource) {
    TfNode n = t.node();
    Attr<String> role = n.str("role");
    boolean member = t.type().endsWith("_member");
    List<String> members = member ? n.str("member").known().map(List::of).orElse(List.of())
        : n.strings("members").known().orElse(List.of());
    List<IamPolicy.Binding> bindings = role.isKnown() && resource.isKnown()
        ? List.of(new IamPolicy.Binding(role.known().get(), members)) : List.of();
    String name = !member && role.isKnown() && resource.isKnown()
        ? resource.known().get() + "|" + role.known().get() : t.address();
    List<String> unknown = new java.util.ArrayList<>();
    if (!resource.isKnown()) {
      unknown.add("the resource it grants on");
    }
    if (!role.isKnown()) {
      unknown.add("its role");
    }
    if (member ? !n.str("member").isKnown() : !n.strings("members").isKnown()) {
      unknown.add("its members");
    }
    return new IamPolicy(t.origin(), new ResourceId(IamPolicy.KIND, project, Attr.known("global"), Attr.known(name)),
        resource.known().orElse(""), bindings, false, List.of(),
        unknown.isEmpty() ? java.util.Optional.empty()
            : java.util.Optional.of(t.address() + ": " + String.join(" and ", unknown) + " not known before apply"));
  }
}
