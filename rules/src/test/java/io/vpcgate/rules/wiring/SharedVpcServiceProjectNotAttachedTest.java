package io.vpcgate.rules.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedVpcServiceProjectNotAttachedTest {
  private RuleTester tester() {
    return RuleTester.of(new SharedVpcServiceProjectNotAttached(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addFixture("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_attachedInTerraform() {
    tester().addFixture("clean.tf").expectNoFindings();
  }

  /**
   * A Cloud Asset export does not hold the host of a project: absent from it proves nothing (acme is
   * not evaluated); Terraform's own attachment of acme-b to another host still is evidence.
   */
  @Test
  void aReadThatDidNotCoverTheProject_isNotEvaluated() {
    assertOnlyAcmeBJudged(tester().addTerraformFile("bad.tf").withLiveSnapshotText("""
        [{"name": "//compute.googleapis.com/projects/acme/global/networks/vpc", "assetType": "compute.googleapis.com/Network",
          "resource": {"version": "v1", "data": {"name": "vpc"}}}]""").run(), "no live");
  }

  @Test
  void withoutLiveState_isNotEvaluated() {
    assertOnlyAcmeBJudged(tester().addTerraformFile("bad.tf").run(), "needs live state");
  }

  private static void assertOnlyAcmeBJudged(io.vpcgate.engine.Report report, String why) {
    assertEquals(List.of("google_vpc_access_connector.b"), report.findings().stream().map(f -> f.subject()).toList());
    assertEquals(1, report.notEvaluated().size(), report.notEvaluated().toString());
    assertTrue(report.notEvaluated().get(0).reason().startsWith("whether service project acme is attached to host "
        + "project acme-net: " + why), report.notEvaluated().get(0).reason());
  }
}
