package io.vpcgate.model;

import java.util.List;

/**
 * IAM bindings on one resource: {@code resource} is {@code projects/P} or {@code
 * projects/P/secrets/S} (project ids, not numbers, where the input lets us tell). A live policy is
 * the resource's whole policy ({@code complete}), with the resource's ancestors ({@code
 * projects/P}, {@code folders/F}, {@code organizations/O}) as Cloud Asset Inventory lists them; a
 * Terraform {@code *_iam_member} or {@code *_iam_binding} adds bindings and is not complete. A
 * Terraform grant whose role, member or resource is not known before apply has no binding; {@code
 * unknown} says what is not known, since that grant may be the one a rule looks for.
 */
public record IamPolicy(Origin origin, ResourceId id, String resource, List<Binding> bindings, boolean complete,
    List<String> ancestors, java.util.Optional<String> unknown) implements Resource {
  public static final String KIND = "iam_policy";

  public IamPolicy {
    bindings = List.copyOf(bindings);
    ancestors = List.copyOf(ancestors);
  }

  public IamPolicy(Origin origin, ResourceId id, String resource, List<Binding> bindings, boolean complete,
      List<String> ancestors) {
    this(origin, id, resource, bindings, complete, ancestors, java.util.Optional.empty());
  }

  /** A role and its members ({@code serviceAccount:x@p.iam.gserviceaccount.com}, {@code user:...}). */
  public record Binding(String role, List<String> members) {
    public Binding {
      members = List.copyOf(members);
    }
  }

  @Override
  public String terraformType() {
    return resource.contains("/secrets/") ? "google_secret_manager_secret_iam_member" : "google_project_iam_member";
  }

  /** Whether some binding gives {@code member} one of {@code roles}. */
  public boolean grants(String member, java.util.Collection<String> roles) {
    return bindings.stream().anyMatch(b -> roles.contains(b.role()) && b.members().contains(member));
  }
}
