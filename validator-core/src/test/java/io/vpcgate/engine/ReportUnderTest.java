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
}
