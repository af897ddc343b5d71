package io.vpcgate.rules.run;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CloudRunIamMissingTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunIamMissing(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_isSkippedNotPassed() {
    tester().addTerraformFile("bad.tf").expectSkipped();
  }

  @Test
  void snapshotWithoutIamPolicies_saysNothing() {
    tester().addTerraformFile("bad.tf").withLiveSnapshotText("""
        [{"name": "//cloudsql.googleapis.com/projects/acme/instances/pg-main",
          "assetType": "sqladmin.googleapis.com/Instance",
          "resource": {"version": "v1beta4", "location": "us-central1", "data": {
            "name": "pg-main", "project": "acme", "region": "us-central1",
            "connectionName": "acme:us-central1:pg-main"}}}]
        """).expectNoFindings();
  }
}
