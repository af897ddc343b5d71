package io.vpcgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A root module's report placed under its directory in a combined report (--recursive). */
class ReportUnderTest {
  @Test
  void incompleteLinesAboutAFile_nameTheRoot_liveGapsStayOnce() {
    String gap = "the live read of Cloud Run in acme/us-central1 failed: PERMISSION_DENIED";
    Report a = new Report(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), Wiring.EMPTY,
        List.of("main.tf:17: module.vpc: module source \"x\" is not downloaded (run terraform init)", gap), List.of());
    Report b = new Report(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), Wiring.EMPTY,
        List.of(gap), List.of());
    Report combined = Report.combine(List.of(a.under("envs/a"), b.under("envs/b")));
    assertEquals(List.of("envs/a/main.tf:17: module.vpc: module source \"x\" is not downloaded (run terraform init)", gap),
        combined.incomplete());
    assertEquals(List.of("envs/a", "envs/b"), combined.roots());
  }

  /** A module outside the root is named as the repository names it, whichever root calls it. */
  @Test
  void aFileOutsideTheRoot_isNamedFromTheTop() {
    io.vpcgate.model.Location at = new io.vpcgate.model.Location.SourceLocation("../../modules/app/main.tf", 32);
    Finding f = new Finding("VPCC-05", "ConnectorInstanceBounds", Severity.BLOCKING, Category.values()[0],
        "module.app.google_vpc_access_connector.main", "m", "r", at, List.of());
    Report r = new Report(List.of(f), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), Wiring.EMPTY,
        List.of(), List.of());
    Finding moved = r.under("envs/prod").findings().get(0);
    assertEquals("modules/app/main.tf:32", moved.location().toString());
    org.junit.jupiter.api.Assertions.assertNotEquals(f.fingerprint(), moved.fingerprint(), "fingerprinted with its root");
  }

  @Test
  void joined_resolvesDotsBelowTheTop_keepsThoseAboveIt() {
    assertEquals("envs/prod/main.tf", Report.joined("envs/prod", "main.tf"));
    assertEquals("envs/prod/sub/a.tf", Report.joined("envs/prod", "./sub/a.tf"));
    assertEquals("modules/app/main.tf", Report.joined("envs/prod", "../../modules/app/main.tf"));
    assertEquals("envs/modules/app/main.tf", Report.joined("envs/prod", "../modules/./app/main.tf"));
    assertEquals("../shared/x.tf", Report.joined("envs/prod", "../../../shared/x.tf"));
    assertEquals("../../x.tf", Report.joined("..", "../x.tf"));
    assertEquals("/repo/modules/a.tf", Report.joined("/repo/envs", "../modules/a.tf"));
    assertEquals("/x.tf", Report.joined("/repo", "../../x.tf"), "nothing above the file system's root");
    assertEquals("envs/prod/a..b/c.tf", Report.joined("envs/prod", "a..b/c.tf"));
  }

  /** So is the file a line of the report starts with; the rest of the line is left as it is. */
  @Test
  void linesAboutAFileOutsideTheRoot_nameItFromTheTop() {
    String incomplete = "../shared/lb.tf:21: module.lb: module source \"org/lb/google//modules/negs\" is not downloaded";
    Report r = new Report(List.of(), List.of(), List.of(), List.of("../shared/x.tf:3: a note", "google_x.a: a note"),
        List.of("../../y.tf:1: an error"), Map.of(), List.of(), Wiring.EMPTY, List.of(incomplete), List.of());
    Report moved = r.under("envs/prod");
    assertEquals(List.of("envs/shared/lb.tf:21: module.lb: module source \"org/lb/google//modules/negs\" is not downloaded"),
        moved.incomplete());
    assertEquals(List.of("envs/shared/x.tf:3: a note", "envs/prod/google_x.a: a note"), moved.notes());
    assertEquals(List.of("y.tf:1: an error"), moved.errors());
  }
}
