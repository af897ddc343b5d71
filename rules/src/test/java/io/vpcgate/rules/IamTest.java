package io.vpcgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.model.ResourceGraph;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IamTest {
  private static ResourceGraph live(String json) {
    return SnapshotReader.parseSnapshot(json, "live.json", false).graph();
  }

  private static String project(String id, String number) {
    return """
        {"name": "//cloudresourcemanager.googleapis.com/projects/%2$s",
         "assetType": "cloudresourcemanager.googleapis.com/Project",
         "resource": {"version": "v1", "data": {"projectNumber": "%2$s", "projectId": "%1$s", "lifecycleState": "ACTIVE"}}}
        """.formatted(id, number);
  }

  private static String policy(String resource, String ancestors, String bindings) {
    String asset = resource.startsWith("projects/") ? "cloudresourcemanager.googleapis.com/Project"
        : resource.startsWith("folders/") ? "cloudresourcemanager.googleapis.com/Folder"
        : "cloudresourcemanager.googleapis.com/Organization";
    return """
        {"name": "//cloudresourcemanager.googleapis.com/%s", "assetType": "%s",
         "iamPolicy": {"bindings": [%s]}, "ancestors": [%s]}
        """.formatted(resource, asset, bindings, ancestors);
  }

  private static final String VIEWER = "{\"role\": \"roles/viewer\", \"members\": [\"group:ops@acme.com\"]}";

  @Test
  void projectNumber_isTheNamedProjects() {
    ResourceGraph g = live("[" + project("other", "111") + "," + project("acme", "222") + "]");
    assertEquals(Optional.of("222"), Iam.projectNumber(g, "acme"));
    assertEquals(Optional.of("111"), Iam.projectNumber(g, "other"));
    assertEquals(Optional.empty(), Iam.projectNumber(g, "missing"));
  }

  @Test
  void visibility_withoutALiveGraph_isNone() {
    assertEquals(Iam.Visibility.NONE, Iam.visibility(Optional.empty(), "projects/acme"));
  }

  @Test
  void visibility_withoutTheResourcesOwnPolicy_isNone() {
    ResourceGraph g = live("[" + policy("projects/other", "\"projects/other\"", VIEWER) + "]");
    assertEquals(Iam.Visibility.NONE, Iam.visibility(Optional.of(g), "projects/acme"));
  }

  @Test
  void visibility_isFull_onlyWithEveryAncestorsPolicy() {
    String own = policy("projects/acme", "\"projects/acme\", \"folders/7\", \"organizations/42\"", VIEWER);
    String folder = policy("folders/7", "\"folders/7\", \"organizations/42\"", VIEWER);
    String org = policy("organizations/42", "\"organizations/42\"", VIEWER);
    assertEquals(Iam.Visibility.FULL, Iam.visibility(Optional.of(live("[" + own + "," + folder + "," + org + "]")),
        "projects/acme"));
    assertEquals(Iam.Visibility.OWN, Iam.visibility(Optional.of(live("[" + own + "," + org + "]")), "projects/acme"));
    assertEquals(Iam.Visibility.OWN, Iam.visibility(Optional.of(live("[" + own + "]")), "projects/acme"));
  }

  @Test
  void visibility_ofAPolicyThatListsNoAncestorButItself_isOwn() {
    // The export lists the resource itself among its ancestors; that alone says nothing of the folders above.
    String own = policy("projects/acme", "\"projects/acme\"", VIEWER);
    assertEquals(Iam.Visibility.OWN, Iam.visibility(Optional.of(live("[" + own + "]")), "projects/acme"));
  }

  @Test
  void mayBeGranted_byTheRole_aBasicRole_orACustomRole_onOneOfTheResources() {
    String member = "serviceAccount:api@acme.iam.gserviceaccount.com";
    Set<String> roles = Set.of("roles/cloudsql.client");
    List<String> on = List.of("projects/acme");
    String binding = "{\"role\": \"%s\", \"members\": [\"" + member + "\"]}";
    assertTrue(Iam.mayBeGranted(live("[" + policy("projects/acme", "", binding.formatted("roles/cloudsql.client")) + "]"),
        on, member, roles));
    assertTrue(Iam.mayBeGranted(live("[" + policy("projects/acme", "", binding.formatted("roles/editor")) + "]"),
        on, member, roles));
    assertTrue(Iam.mayBeGranted(live("[" + policy("projects/acme", "", binding.formatted("roles/owner")) + "]"),
        on, member, roles));
    assertTrue(Iam.mayBeGranted(live("[" + policy("projects/acme", "",
        binding.formatted("projects/acme/roles/dbConnect")) + "]"), on, member, roles));
    assertFalse(Iam.mayBeGranted(live("[" + policy("projects/acme", "", binding.formatted("roles/viewer")) + "]"),
        on, member, roles), "a predefined role without the permission");
    assertFalse(Iam.mayBeGranted(live("[" + policy("projects/other", "", binding.formatted("roles/cloudsql.client"))
        + "]"), on, member, roles), "a grant in another project");
    assertFalse(Iam.mayBeGranted(live("[" + policy("projects/acme", "", VIEWER.replace("roles/viewer",
        "roles/cloudsql.client")) + "]"), on, member, roles), "a grant to someone else");
  }
}
