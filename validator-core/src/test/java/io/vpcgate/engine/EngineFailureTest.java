package io.vpcgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.model.Attr;
import io.vpcgate.model.Network;
import io.vpcgate.model.Origin;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.Side;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A rule that throws loses its own findings only: the others report, and the run is incomplete. */
class EngineFailureTest {

  @RuleInfo(id = "TEST-01", summary = "Throws", severity = Severity.BLOCKING, category = Category.WIRING,
      appliesTo = {Network.class})
  static final class Throws implements Rule {
    @Override
    public Stream<Finding> check(RuleContext ctx) {
      return ctx.desired().resources().stream().map(r -> {
        throw new IllegalStateException("boom on " + r.address());
      });
    }
  }

  @RuleInfo(id = "TEST-03", summary = "Asserts", severity = Severity.BLOCKING, category = Category.WIRING,
      appliesTo = {Network.class})
  static final class Asserts implements Rule {
    @Override
    public Stream<Finding> check(RuleContext ctx) {
      throw new AssertionError("an assert in a rule");
    }
  }

  @RuleInfo(id = "TEST-02", summary = "Reports every network", severity = Severity.WARNING,
      category = Category.WIRING, appliesTo = {Network.class})
  static final class Reports implements Rule {
    @Override
    public Stream<Finding> check(RuleContext ctx) {
      return ctx.desired().all(Network.class).stream()
          .map(n -> ctx.finding(n, Network.NAME).message("network %s", n.address()).remediation("none").build());
    }
  }

  @Test
  void aThrowingRuleIsSkippedWithItsError_theOthersStillReport_andTheRunIsIncomplete() {
    Network net = new Network(new Origin("google_compute_network.vpc", Side.DESIRED,
        new io.vpcgate.model.Location.SourceLocation("main.tf", 1), Map.of()),
        ResourceId.of(Network.KIND, "acme", "global", "vpc"), Attr.known(false));
    Report report = new Engine(List.of(new Throws(), new Reports()))
        .run(new ResourceGraph(List.of(net)), Optional.empty(), List.of());

    assertEquals(List.of("TEST-02"), report.findings().stream().map(Finding::ruleId).toList());
    SkippedRule failed = report.skipped().get(0);
    assertEquals("TEST-01", failed.ruleId());
    assertTrue(failed.failed());
    assertTrue(failed.reason().contains("IllegalStateException: boom on google_compute_network.vpc"), failed.reason());
    assertEquals(List.of("TEST-02"), report.rules().stream().map(RuleMetadata::id).toList());
    assertTrue(report.isIncomplete());
    assertTrue(report.incomplete().get(0).startsWith("rule TEST-01 Throws failed with IllegalStateException"),
        report.incomplete().toString());
  }

  @Test
  void anAssertionErrorIsContainedToo() {
    Report report = new Engine(List.of(new Asserts(), new Reports())).run(ResourceGraph.EMPTY, Optional.empty(), List.of());
    assertTrue(report.skipped().get(0).failed());
    assertTrue(report.isIncomplete());
    assertEquals(List.of("TEST-02"), report.rules().stream().map(RuleMetadata::id).toList());
  }
}
