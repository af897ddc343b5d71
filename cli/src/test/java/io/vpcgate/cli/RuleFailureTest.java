package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Engine;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.pipeline.Pipeline;
import io.vpcgate.rules.BuiltInRules;
import java.time.LocalDate;
import java.util.Optional;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug in one rule, or in one root module's check, never costs the report of the others. */
class RuleFailureTest {
  @TempDir Path top;

  /** Throws on a connector named "boom": a stand-in for a rule with a bug. */
  @RuleInfo(id = "TEST-99", summary = "Throws on a connector named boom", severity = Severity.BLOCKING,
      category = Category.VALIDITY, appliesTo = {io.vpcgate.model.VpcConnector.class})
  static final class ThrowsOnBoom implements Rule {
    @Override
    public Stream<Finding> check(RuleContext ctx) {
      if (ctx.desired().resources().stream().anyMatch(r -> r.id().nameOr("").equals("boom"))) {
        throw new IllegalStateException("a bug");
      }
      return Stream.empty();
    }
  }

  private void root(String dir, String connector, int maxInstances) throws IOException {
    Path d = top.resolve(dir);
    Files.createDirectories(d);
    Files.writeString(d.resolve("main.tf"), """
        resource "google_vpc_access_connector" "c" {
          name          = "%s"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          max_instances = %d
        }
        """.formatted(connector, maxInstances));
  }

  @Test
  void aRuleThatThrows_isSkippedWithItsError_theRunIsIncomplete_andEveryRootStillReports() throws IOException {
    root("a", "boom", 20);
    root("b", "fine", 30);
    CliRunner r = CliRunner.withRules(List.of(new ThrowsOnBoom()), "check", "--recursive", top.toString(), "--format", "json");

    assertEquals(5, r.code(), r.err());
    JsonNode report = CheckCommandTest.JSON.readTree(r.out());
    List<String> vpcc05 = new ArrayList<>();
    report.get("findings").forEach(f -> {
      if (f.get("ruleId").asText().equals("VPCC-05")) {
        vpcc05.add(f.get("location").get("file").asText());
      }
    });
    assertEquals(List.of("a/main.tf", "b/main.tf"), vpcc05.stream().sorted().toList(), r.out());
    assertTrue(report.toString().contains("rule TEST-99 ThrowsOnBoom failed with IllegalStateException: a bug"), r.out());
    assertTrue(r.err().contains("vpcgate: rule TEST-99 ThrowsOnBoom failed with IllegalStateException: a bug"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
  }

  @Test
  void withDebug_theRuleStackTraceIsPrinted() throws IOException {
    root("a", "boom", 5);
    CliRunner r = CliRunner.withRules(List.of(new ThrowsOnBoom()), "check", top.resolve("a").toString(), "--debug");
    assertEquals(5, r.code(), r.err());
    assertTrue(r.err().contains("java.lang.IllegalStateException: a bug") && r.err().contains("\tat "), r.err());
    assertTrue(r.out().contains("INCOMPLETE"), r.out());
  }

  @Test
  void aRootWhoseCheckThrows_isReportedAsNotChecked_andTheOthersStillReport() throws IOException {
    root("a", "one", 20);
    root("b", "two", 20);
    List<Throwable> seen = new ArrayList<>();
    Report report = RecursiveCheck.run(top, root -> {
      if (root.getFileName().toString().equals("a")) {
        throw new IllegalStateException("a bug in a");
      }
      return new RecursiveCheck.Checked(Pipeline.check(Pipeline.terraform(Optional.of(root), Optional.empty(),
          Optional.empty(), TerraformOptions.NONE), Optional.empty(), new Engine(BuiltInRules.all()), LocalDate.now()),
          List.of());
    }, seen::add);
    assertEquals(1, seen.size());
    assertTrue(report.incomplete().get(0).startsWith("a: not checked: internal error IllegalStateException: a bug in a"),
        report.incomplete().toString());
    assertEquals(List.of("b/main.tf"), report.findings().stream().map(f -> f.location().toString().replaceAll(":\\d+$", ""))
        .distinct().toList());
  }
}
