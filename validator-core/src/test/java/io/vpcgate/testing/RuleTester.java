package io.vpcgate.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vpcgate.engine.Engine;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.LiveState;
import io.vpcgate.input.InputText;
import io.vpcgate.pipeline.Pipeline;
import io.vpcgate.pipeline.TempDirs;
import io.vpcgate.pipeline.TerraformInputs;
import java.time.LocalDate;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.Severity;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one rule over fixture files and checks the findings against markers in the fixtures:
 * {@code # BUG: Finding contains: <text>} expects a BLOCKING finding on the next non-comment line
 * whose message contains the text ({@code # WARN:} a WARNING, {@code # INFO:} an INFO). Unmarked
 * lines must stay clean; {@code # BUG: Finding on NAME contains: <text>} expects one about the live
 * resource NAME. A {@code # FIX: <text>} line right after a marker expects that finding's remediation
 * to contain the text. Every finding must carry a remediation.
 */
public final class RuleTester {
  private static final Pattern MARKER = Pattern.compile("^\\s*#\\s*(BUG|WARN|INFO): Finding contains: (.*)$");
  /** A finding about a live resource, which has no .tf line: {@code # WARN: Finding on NAME contains: <text>}. */
  private static final Pattern LIVE_MARKER = Pattern.compile("^\\s*#\\s*(BUG|WARN|INFO): Finding on (\\S+) contains: (.*)$");
  /** The remediation the finding of the marker just above must give: {@code # FIX: <text>}. */
  private static final Pattern FIX_MARKER = Pattern.compile("^\\s*#\\s*FIX: (.*)$");

  private final Rule rule;
  private final Class<?> testClass;
  private final Map<String, String> files = new LinkedHashMap<>();
  private String live;
  private String state;
  private String plan;

  private RuleTester(Rule rule, Class<?> testClass) {
    this.rule = rule;
    this.testClass = testClass;
  }

  public static RuleTester of(Rule rule, Class<?> testClass) {
    return new RuleTester(rule, testClass);
  }

  /** Adds {@code <test package>/<RuleName>/<name>} from the test resources. */
  public RuleTester addTerraformFile(String name) {
    files.put(name, resource(name));
    return this;
  }

  /**
   * Adds a fixture with the inputs that belong to it: {@code bad.tf} and its clean twin {@code
   * clean.tf} come with {@code plan.json}, {@code live.json} and {@code state.json} when the rule
   * has them (as its page's example does), or their own {@code clean.plan.json}...; any other {@code
   * x.tf} with {@code x.plan.json}, {@code x.live.json} and {@code x.state.json}.
   */
  public RuleTester addFixture(String name) {
    addTerraformFile(name);
    fixtureFile(name, "plan.json").ifPresent(this::withPlan);
    fixtureFile(name, "live.json").ifPresent(this::withLiveSnapshot);
    fixtureFile(name, "state.json").ifPresent(this::withState);
    return this;
  }

  /** {@code x.kind} for {@code x.tf}; for bad.tf and clean.tf, the shared {@code kind} unless they have their own. */
  private Optional<String> fixtureFile(String tf, String kind) {
    String own = tf.substring(0, tf.length() - ".tf".length()) + "." + kind;
    boolean pair = tf.equals("bad.tf") || tf.equals("clean.tf");
    return hasResource(own) ? Optional.of(own) : pair && hasResource(kind) ? Optional.of(kind) : Optional.empty();
  }

  /** Whether the rule's fixture directory holds {@code name}. */
  public boolean hasResource(String name) {
    return testClass.getResource(rule.getClass().getSimpleName() + "/" + name) != null;
  }

  public RuleTester addTerraformLines(String name, String text) {
    files.put(name, text);
    return this;
  }

  /** A Cloud Asset Inventory snapshot from the test resources: the live graph. */
  public RuleTester withLiveSnapshot(String name) {
    live = resource(name);
    return this;
  }

  public RuleTester withLiveSnapshotText(String json) {
    live = json;
    return this;
  }

  /**
   * A plan ({@code terraform show -json PLANFILE}) from the test resources: its planned values and
   * actions are what is checked, with the Terraform files for the .tf lines (as {@code check DIR --plan}).
   */
  public RuleTester withPlan(String name) {
    plan = resource(name);
    return this;
  }

  public RuleTester withPlanText(String json) {
    plan = json;
    return this;
  }

  public RuleTester withStateText(String json) {
    state = json;
    return this;
  }

  /** Terraform state (terraform show -json, or a .tfstate) from the test resources: what the last apply set. */
  public RuleTester withState(String name) {
    state = resource(name);
    return this;
  }

  /** The text of {@code name} in the rule's fixture directory (to vary a fixture in a test). */
  public String resourceText(String name) {
    return resource(name);
  }

  private String resource(String name) {
    String path = rule.getClass().getSimpleName() + "/" + name;
    try (InputStream in = testClass.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + testClass.getPackageName().replace('.', '/') + "/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the rule through the same pipeline as the CLI and returns its report. */
  public Report run() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("vpcgate-rule-test");
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.createDirectories(dir.resolve(f.getKey()).getParent());
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      TerraformInputs tf = Pipeline.terraform(files.isEmpty() ? Optional.empty() : Optional.of(dir),
          Optional.ofNullable(plan).map(p -> new InputText("plan.json", p)),
          Optional.ofNullable(state).map(s -> new InputText("state.json", s)), TerraformOptions.NONE);
      Optional<LiveState> liveState = Optional.ofNullable(live).map(l -> SnapshotReader.parseSnapshot(l, "live.json", false))
          .map(s -> LiveState.of(s.graph(), s.coverage()));
      return Pipeline.check(tf, liveState, new Engine(List.of(rule)), LocalDate.now());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempDirs.delete(dir);
    }
  }

  public List<Finding> findings() {
    return run().findings();
  }

  /** Every marker is matched by a finding on its line; no finding lands on an unmarked line. */
  public void expectMarkers() {
    List<Expectation> expected = new ArrayList<>();
    files.forEach((name, text) -> expected.addAll(markers(name, text)));
    assertFalse(expected.isEmpty(), "fixture has no markers; use expectNoFindings() for a clean fixture");
    List<Finding> actual = new ArrayList<>(findings());
    actual.forEach(f -> assertFalse(f.remediation().isBlank(), "finding without remediation: " + f));
    List<String> problems = new ArrayList<>();
    for (Expectation e : expected) {
      Optional<Finding> hit = actual.stream().filter(e::matches).findFirst();
      if (hit.isPresent()) {
        actual.remove(hit.get());
      } else {
        problems.add("missing " + e.severity + " finding at " + (e.line == 0 ? e.file : e.file + ":" + e.line) + " containing \""
            + e.text + "\"" + (e.fix == null ? "" : " with a remediation containing \"" + e.fix + "\""));
      }
    }
    actual.forEach(f -> problems.add("unexpected finding at " + f.location() + ": " + f.severity() + " " + f.message()));
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  /** No finding, from a rule that ran (a skipped rule proves nothing). */
  public void expectNoFindings() {
    Report report = run();
    assertTrue(report.skipped().isEmpty(), () -> "the rule did not run: " + report.skipped());
    List<Finding> actual = report.findings();
    assertTrue(actual.isEmpty(), () -> "expected no findings, got:\n" + actual.stream()
        .map(f -> f.location() + ": " + f.message()).reduce("", (a, b) -> a + b + "\n"));
  }

  /** No finding, and one "not evaluated" entry per {@code reasons}, each reason containing its text, in order. */
  public void expectNotEvaluated(String... reasons) {
    Report report = run();
    assertTrue(report.skipped().isEmpty(), () -> "the rule did not run: " + report.skipped());
    assertTrue(report.findings().isEmpty(), () -> "expected no findings, got " + report.findings());
    List<String> got = report.notEvaluated().stream().map(n -> n.subject() + ": " + n.reason()).toList();
    assertEquals(reasons.length, got.size(), () -> "not evaluated: " + got);
    for (int i = 0; i < reasons.length; i++) {
      int at = i;
      assertTrue(got.get(i).contains(reasons[i]), () -> "expected \"" + reasons[at] + "\" in " + got);
    }
  }

  public void expectSkipped() {
    Report r = run();
    assertEquals(1, r.skipped().size(), "rule should be skipped");
    assertTrue(r.findings().isEmpty());
  }

  /** {@code line} 0: at the live resource {@code file} names. */
  private record Expectation(String file, int line, Severity severity, String text, String fix) {
    boolean matches(Finding f) {
      boolean at = line == 0 ? f.location() instanceof Location.CloudLocation c && c.resourceName().equals(file)
          : f.location() instanceof Location.SourceLocation s && s.file().equals(file) && s.line() == line;
      return at && f.severity() == severity && f.message().contains(text) && (fix == null || f.remediation().contains(fix));
    }
  }

  private static Severity severity(String marker) {
    return switch (marker) {
      case "BUG" -> Severity.BLOCKING;
      case "WARN" -> Severity.WARNING;
      default -> Severity.INFO;
    };
  }

  private static List<Expectation> markers(String file, String text) {
    List<Expectation> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    List<String[]> pending = new ArrayList<>();
    boolean lastWasLive = false;
    for (int i = 0; i < lines.length; i++) {
      Matcher fix = FIX_MARKER.matcher(lines[i]);
      if (fix.matches()) {
        if (lastWasLive && !out.isEmpty()) {
          Expectation e = out.remove(out.size() - 1);
          out.add(new Expectation(e.file(), e.line(), e.severity(), e.text(), fix.group(1).strip()));
        } else if (!pending.isEmpty()) {
          pending.get(pending.size() - 1)[2] = fix.group(1).strip();
        } else {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": # FIX: must follow a # BUG/WARN/INFO marker");
        }
        continue;
      }
      Matcher live = LIVE_MARKER.matcher(lines[i]);
      if (live.matches()) {
        out.add(new Expectation(live.group(2), 0, severity(live.group(1)), live.group(3).strip(), null));
        lastWasLive = true;
        continue;
      }
      Matcher m = MARKER.matcher(lines[i]);
      if (m.matches()) {
        pending.add(new String[] {m.group(1), m.group(2).strip(), null});
        lastWasLive = false;
      } else if (!lines[i].strip().startsWith("#") && !lines[i].isBlank() && !pending.isEmpty()) {
        for (String[] p : pending) {
          out.add(new Expectation(file, i + 1, severity(p[0]), p[1], p[2]));
        }
        pending.clear();
      }
    }
    return out;
  }
}
