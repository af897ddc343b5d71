package io.vpcgate.rules.run;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * CR-09 on one secret, jwt, that exists and that the service account may read: which of its
 * versions the live read shows decides the verdict on the version the service reads.
 */
class CloudRunSecretUnavailableVersionsTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunSecretUnavailable(), getClass());
  }

  private static String service(String version, String serviceAccount) {
    return """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            %s
            containers {
              image = "gcr.io/acme/api"
              # BUG: Finding contains: %%s
              env {
                name = "JWT_SECRET"
                value_source {
                  secret_key_ref {
                    secret  = "jwt"
                    %s
                  }
                }
              }
            }
          }
        }
        """.formatted(serviceAccount, version);
  }

  private static String service(String version) {
    return service(version, "service_account = \"api-run@acme.iam.gserviceaccount.com\"");
  }

  private static String clean(String tf) {
    return tf.replace("# BUG: Finding contains: %s", "");
  }

  private static final String PROJECT = """
      {"name": "//cloudresourcemanager.googleapis.com/projects/123456789012",
       "assetType": "cloudresourcemanager.googleapis.com/Project",
       "resource": {"version": "v1", "data": {"projectNumber": "123456789012", "projectId": "acme"}}}""";
  private static final String POLICIES = """
      {"name": "//cloudresourcemanager.googleapis.com/projects/123456789012",
       "assetType": "cloudresourcemanager.googleapis.com/Project",
       "iamPolicy": {"bindings": [{"role": "roles/secretmanager.secretAccessor",
         "members": ["serviceAccount:api-run@acme.iam.gserviceaccount.com",
                     "serviceAccount:123456789012-compute@developer.gserviceaccount.com"]}]},
       "ancestors": ["projects/123456789012", "organizations/42"]},
      {"name": "//cloudresourcemanager.googleapis.com/organizations/42",
       "assetType": "cloudresourcemanager.googleapis.com/Organization",
       "iamPolicy": {"bindings": []}, "ancestors": ["organizations/42"]}""";
  private static final String SECRET = """
      {"name": "//secretmanager.googleapis.com/projects/123456789012/secrets/jwt",
       "assetType": "secretmanager.googleapis.com/Secret",
       "resource": {"version": "v1", "data": {"name": "projects/123456789012/secrets/jwt"}}}""";

  private static String version(String secret, int n, String state) {
    return """
        {"name": "//secretmanager.googleapis.com/projects/123456789012/secrets/%1$s/versions/%2$d",
         "assetType": "secretmanager.googleapis.com/SecretVersion",
         "resource": {"version": "v1", "data": {"name": "projects/123456789012/secrets/%1$s/versions/%2$d"%3$s}}}"""
        .formatted(secret, n, state == null ? "" : ", \"state\": \"" + state + "\"");
  }

  private static String live(String... more) {
    return "[" + String.join(",", PROJECT, POLICIES, SECRET) + (more.length == 0 ? "" : "," + String.join(",", more)) + "]";
  }

  @Test
  void latest_withNoEnabledVersion_failsTheDeployment() {
    String tf = service("version = \"latest\"").formatted("env JWT_SECRET reads secret jwt at \"latest\", but none of its "
        + "versions is ENABLED; the deployment fails\n      # FIX: Add or enable a version of jwt");
    tester().addTerraformLines("main.tf", tf)
        .withLiveSnapshotText(live(version("jwt", 1, "DISABLED"), version("jwt", 2, "DESTROYED"))).expectMarkers();
  }

  @Test
  void noVersionMeansLatest() {
    String tf = service("").formatted("env JWT_SECRET reads secret jwt at \"latest\", but none of its versions is ENABLED");
    tester().addTerraformLines("main.tf", tf).withLiveSnapshotText(live(version("jwt", 1, "DISABLED"))).expectMarkers();
  }

  @Test
  void latest_withAnEnabledVersion_orOneOfUnknownState_isFine() {
    tester().addTerraformLines("main.tf", clean(service("version = \"latest\"")))
        .withLiveSnapshotText(live(version("jwt", 1, "DISABLED"), version("jwt", 2, "ENABLED"))).expectNoFindings();
    tester().addTerraformLines("main.tf", clean(service("version = \"latest\"")))
        .withLiveSnapshotText(live(version("jwt", 1, "DISABLED"), version("jwt", 2, null))).expectNoFindings();
  }

  @Test
  void anEnabledPinnedVersion_isFine_andPinnedVersionsNamePinnedRemediation() {
    tester().addTerraformLines("main.tf", clean(service("version = \"2\"")))
        .withLiveSnapshotText(live(version("jwt", 1, "DISABLED"), version("jwt", 2, "ENABLED"))).expectNoFindings();
    String tf = service("version = \"1\"").formatted("env JWT_SECRET reads version 1 of secret jwt, which is DISABLED; "
        + "the deployment fails\n      # FIX: Enable version 1 of jwt or point the service at an ENABLED version");
    tester().addTerraformLines("main.tf", tf)
        .withLiveSnapshotText(live(version("jwt", 1, "DISABLED"), version("jwt", 2, "ENABLED"))).expectMarkers();
    String missing = service("version = \"7\"").formatted("env JWT_SECRET reads version 7 of secret jwt, which has no "
        + "such version; the deployment fails\n      # FIX: Point secret_key_ref.version at an existing ENABLED version of jwt");
    tester().addTerraformLines("main.tf", missing)
        .withLiveSnapshotText(live(version("jwt", 1, "DISABLED"), version("jwt", 2, "ENABLED"))).expectMarkers();
  }

  @Test
  void aVersionTerraformAddsInThisApply_mayBeTheOneReferenced() {
    // The new version's number is assigned by the server: version 3 may be the one this apply creates.
    tester().addTerraformLines("main.tf", clean(service("version = \"3\"")) + """
        resource "google_secret_manager_secret_version" "next" {
          secret      = "projects/acme/secrets/jwt"
          secret_data = "rotated"
        }
        """).withLiveSnapshotText(live(version("jwt", 1, "ENABLED"), version("jwt", 2, "ENABLED"))).expectNoFindings();
  }

  @Test
  void versionsTheLiveReadDidNotCover_areNotEvaluated() {
    // A vpcgate snapshot that records reading acme's secrets and IAM policies, not their versions.
    String coverage = """
        {"name": "//vpcgate/coverage", "assetType": "vpcgate/Coverage", "resource": {"version": "1", "data": {"read": [
          {"kind": "secret", "project": "acme", "region": "*"}, {"kind": "iam_policy", "project": "acme", "region": "*"}]}}}""";
    tester().addTerraformLines("main.tf", clean(service("version = \"1\""))).withLiveSnapshotText(live(coverage))
        .expectNotEvaluated("google_cloud_run_v2_service.api: which versions of the secret env JWT_SECRET reads are "
            + "enabled: no live Secret Manager secret version data was read for project acme");
  }

  @Test
  void aSecretWhoseVersionsTheLiveReadListsNone_isNotEvaluated() {
    tester().addTerraformLines("main.tf", clean(service("version = \"1\""))).withLiveSnapshotText(live(version("other", 1,
            "ENABLED")))
        .expectNotEvaluated("google_cloud_run_v2_service.api: which versions of the secret env JWT_SECRET reads are "
            + "enabled: the live read lists none of them");
  }

  @Test
  void withoutTheProjectsIamPolicy_accessIsNotEvaluated() {
    String noPolicies = "[" + String.join(",", PROJECT, SECRET, version("jwt", 1, "ENABLED")) + "]";
    tester().addTerraformLines("main.tf", clean(service("version = \"1\""))).withLiveSnapshotText(noPolicies)
        .expectNotEvaluated("google_cloud_run_v2_service.api: whether the service may read the secret env JWT_SECRET "
            + "reads: the IAM policy of project acme was not read (a Cloud Asset IAM export holds it)");
  }

  @Test
  void theDefaultComputeIdentity_isJudged_whenTheProjectNumberIsKnown_elseNotEvaluated() {
    tester().addTerraformLines("main.tf", clean(service("version = \"1\"", "")))
        .withLiveSnapshotText(live(version("jwt", 1, "ENABLED"))).expectNoFindings();
    // Without the project's asset its number is not known: the same assets, named by the project id.
    String noProject = ("[" + String.join(",", POLICIES, SECRET, version("jwt", 1, "ENABLED")) + "]")
        .replace("projects/123456789012", "projects/acme");
    tester().addTerraformLines("main.tf", clean(service("version = \"1\"", ""))).withLiveSnapshotText(noProject)
        .expectNotEvaluated("google_cloud_run_v2_service.api: whether the service may read the secret env JWT_SECRET "
            + "reads: the identity it runs as is not known (no service account, and the project's number was not read)");
  }
}
