package io.vpcgate.rules;

import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.IamPolicy;
import io.vpcgate.model.Project;
import io.vpcgate.model.ResourceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a service runs as, and whether IAM visibly grants it a role. A live policy export shows a
 * resource's whole policy; grants inherited from folders and the organisation count only when the
 * snapshot holds their policies too, so "not granted" is certain only then ({@link Visibility#FULL}).
 * Basic roles (owner, editor) and custom roles may hold any permission: a member with one is never
 * reported.
 */
public final class Iam {
  private static final Set<String> BASIC = Set.of("roles/owner", "roles/editor");

  /** How much of the policy that applies to a resource the inputs show. */
  public enum Visibility {
    /** No live policy for the resource: nothing can be said. */
    NONE,
    /** The resource's own policy, but not all of its ancestors'. */
    OWN,
    /** The resource's and all its ancestors' policies. */
    FULL
  }

  private Iam() {}

  /**
   * {@code serviceAccount:...} of the identity the service runs as: its service account, else the
   * project's default compute service account when the project's number is known.
   */
  public static Optional<String> runtimeMember(CloudRunService s, ResourceGraph world) {
    if (s.serviceAccount().isKnown()) {
      return Optional.of("serviceAccount:" + s.serviceAccount().known().get());
    }
    if (!s.serviceAccount().isAbsent()) {
      return Optional.empty();
    }
    return projectNumber(world, s.id().projectOr("")).map(n -> "serviceAccount:" + n + "-compute@developer.gserviceaccount.com");
  }

  public static Optional<String> projectNumber(ResourceGraph world, String projectId) {
    List<Project> named = projectId.isEmpty() ? world.all(Project.class).stream()
        .filter(p -> p.id().nameOr("").isEmpty()).toList() : world.named(Project.class, projectId, Optional.empty());
    return named.stream().flatMap(p -> p.number().known().stream()).findFirst();
  }

  /** How much of the policy of {@code resource} ({@code projects/P}) the live graph shows. */
  public static Visibility visibility(Optional<ResourceGraph> live, String resource) {
    if (live.isEmpty()) {
      return Visibility.NONE;
    }
    Optional<IamPolicy> own = live.get().policiesOn(List.of(resource)).stream().filter(IamPolicy::complete).findFirst();
    if (own.isEmpty()) {
      return Visibility.NONE;
    }
    List<String> ancestors = own.get().ancestors().stream().filter(a -> !a.equals(resource)).toList();
    boolean all = !ancestors.isEmpty() && ancestors.stream().allMatch(a -> live.get().policiesOn(List.of(a)).stream()
        .anyMatch(IamPolicy::complete));
    return all ? Visibility.FULL : Visibility.OWN;
  }

  /**
   * A Terraform grant that may be on one of {@code resources} for {@code member} but whose role,
   * member or resource is not known before apply: why "not granted" cannot be concluded, if any.
   */
  public static Optional<String> uncertainGrant(ResourceGraph world, List<String> resources, String member,
      Set<String> roles) {
    List<String> on = new ArrayList<>(resources);
    on.add(""); // a grant whose resource is not known may be on any of them
    return world.policiesOn(on).stream().filter(p -> p.unknown().isPresent())
        .filter(p -> p.bindings().isEmpty() || p.bindings().stream().anyMatch(b -> grants(b.role(), roles)
            && (b.members().isEmpty() || b.members().contains(member))))
        .map(p -> "a grant Terraform declares may be it (" + p.unknown().get() + ")").findFirst();
  }

  private static boolean grants(String role, Set<String> roles) {
    return roles.contains(role) || BASIC.contains(role) || !role.startsWith("roles/");
  }

  /**
   * Whether some policy on one of {@code resources} in {@code world} gives {@code member} one of
   * {@code roles}, a basic role, or a custom role (which may hold the permission).
   */
  public static boolean mayBeGranted(ResourceGraph world, List<String> resources, String member, Set<String> roles) {
    return world.policiesOn(resources).stream()
        .flatMap(p -> p.bindings().stream())
        .filter(b -> b.members().contains(member))
        .anyMatch(b -> grants(b.role(), roles));
  }
}
