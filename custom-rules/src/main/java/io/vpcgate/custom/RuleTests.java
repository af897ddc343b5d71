package io.vpcgate.custom;

import io.vpcgate.engine.Engine;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.LiveState;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Rule;
import io.vpcgate.input.InputException;
import io.vpcgate.input.InputText;
import io.vpcgate.input.snapshot.Snapshot;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.model.Location;
import io.vpcgate.pipeline.Pipeline;
import io.vpcgate.pipeline.TempDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs custom rules' own tests: each test's Terraform (inline, or a directory next to the rule file),
 * with its live state and plan when given, checked with that rule alone; it passes when the rule's
 * findings are exactly the expected {@code (rule, resource)} pairs and, for inline HCL, fall on the
 * lines marked {@code # BUG: ID}, and when the rule ran (an evaluation error fails the test).
 */
public final class RuleTests {
  private static final Pattern MARK = Pattern.compile("#\\s*BUG:\\s*([A-Z][A-Z0-9]*-[A-Z0-9-]+)");

  private RuleTests() {}

  /** One test's outcome: what failed, empty when it passed; and what the rule could not judge. */
  public record Result(String ruleId, String test, String definedAt, List<String> failures, List<String> notEvaluated) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** Every test of every rule in {@code rules} (those of other kinds are ignored), in order. */
  public static List<Result> run(List<Rule> rules) {
    List<Result> results = new ArrayList<>();
    for (Rule r : rules) {
      if (r instanceof CustomRule c) {
        for (RuleSpec.RuleTest t : c.spec().tests()) {
          results.add(run(c, t));
        }
      }
    }
    return results;
  }

  /** The number of custom rules in {@code rules} that have no test. */
  public static long untested(List<Rule> rules) {
    return rules.stream().filter(r -> r instanceof CustomRule c && c.spec().tests().isEmpty()).count();
  }

  private static Result run(CustomRule rule, RuleSpec.RuleTest test) {
    String id = rule.spec().id();
    Path base = Path.of(test.at().file()).toAbsolutePath().getParent();
    Path dir = null;
    try {
      if (test.terraform().isPresent()) {
        dir = Files.createTempDirectory("vpcgate-rule-test");
        Files.writeString(dir.resolve("main.tf"), test.terraform().get(), StandardCharsets.UTF_8);
      }
      Path root = dir != null ? dir : base.resolve(test.dir().orElseThrow());
      Optional<LiveState> live = test.snapshot().map(s -> {
        Snapshot read = SnapshotReader.readSnapshot(base.resolve(s), false);
        return new LiveState(read.graph(), read.coverage(), List.of(), read.notes());
      });
      Report report = Pipeline.check(Pipeline.terraform(Optional.of(root), test.plan().map(p -> InputText.read(base.resolve(p))),
          Optional.empty(), TerraformOptions.NONE), live, new Engine(List.of(rule)), io.vpcgate.suppress.Suppressions.today());
      return judge(rule, test, report);
    } catch (InputException e) {
      return new Result(id, test.name(), test.at().toString(), List.of("its input cannot be read: " + e.getMessage()), List.of());
    } catch (IOException e) {
      throw new InputException(test.at() + ": cannot write the test's Terraform: " + e.getMessage(), e);
    } finally {
      TempDirs.delete(dir);
    }
  }

  private static Result judge(CustomRule rule, RuleSpec.RuleTest test, Report report) {
    String id = rule.spec().id();
    List<String> failures = new ArrayList<>();
    report.skipped().forEach(s -> failures.add(s.ruleId() + " did not run: " + s.reason()));
    report.incomplete().forEach(i -> failures.add("incomplete: " + i));
    List<Finding> found = report.findings().stream().filter(f -> f.ruleId().equals(id)).toList();
    Set<String> got = new TreeSet<>();
    found.forEach(f -> got.add(f.ruleId() + " " + f.subject()));
    Set<String> want = new TreeSet<>();
    test.expect().forEach(e -> want.add(e.rule() + " " + e.resource()));
    for (String w : want) {
      if (!got.contains(w)) {
        failures.add("expected " + w + ", not reported");
      }
    }
    for (String g : got) {
      if (!want.contains(g)) {
        failures.add("reported " + g + ", not expected");
      }
    }
    test.terraform().ifPresent(hcl -> failures.addAll(marks(id, hcl, found)));
    List<String> notEvaluated = report.notEvaluated().stream().filter(n -> n.ruleId().equals(id))
        .map(n -> n.subject() + ": " + n.reason()).toList();
    return new Result(id, test.name(), test.at().toString(), failures, notEvaluated);
  }

  /** Lines marked {@code # BUG: ID} for this rule that have no finding, and findings on unmarked lines. */
  private static List<String> marks(String id, String hcl, List<Finding> found) {
    Set<Integer> marked = new TreeSet<>();
    String[] lines = hcl.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARK.matcher(lines[i]);
      while (m.find()) {
        if (m.group(1).equals(id)) {
          marked.add(i + 1);
        }
      }
    }
    if (marked.isEmpty()) {
      return List.of();
    }
    Set<Integer> at = new TreeSet<>();
    found.forEach(f -> {
      if (f.location() instanceof Location.SourceLocation s) {
        at.add(s.line());
      }
    });
    List<String> out = new ArrayList<>();
    marked.stream().filter(l -> !at.contains(l)).forEach(l -> out.add("line " + l + " is marked # BUG: " + id + ", no finding there"));
    at.stream().filter(l -> !marked.contains(l)).forEach(l -> out.add("a finding on line " + l + ", which is not marked"));
    return out;
  }
}
