package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SharedVpcAgentRoleMissingTest {
  private RuleTester tester() {
    return RuleTester.of(new SharedVpcAgentRoleMissing(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addFixture("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_everyAgentGranted() {
    tester().addFixture("clean.tf").expectNoFindings();
  }

  @Test
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  @Test
  void withoutTheHostPolicyOrTheProjectNumber_isNotEvaluated() {
    tester().addTerraformFile("bad.tf").withLiveSnapshotText("""
        [{"name": "//cloudresourcemanager.googleapis.com/projects/123456789012",
          "assetType": "cloudresourcemanager.googleapis.com/Project",
          "resource": {"version": "v3", "data": {"projectNumber": "123456789012", "projectId": "acme"}}}]
        """).expectNotEvaluated("the IAM policy of project acme-net was not read",
            "the IAM policy of project acme-net was not read", "the IAM policy of project acme-net was not read",
            "the IAM policy of project acme-net was not read");
    tester().addTerraformFile("bad.tf").withLiveSnapshotText("[]").expectNotEvaluated(
        "the number of project acme (which names its service agents) was not read",
        "the number of project acme (which names its service agents) was not read",
        "the number of project acme (which names its service agents) was not read",
        "the number of project acme (which names its service agents) was not read");
  }
}
