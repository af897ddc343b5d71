package io.vpcgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.testing.RuleTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A property over every rule's fixtures, for each single-line attribute in them: made unknown
 * before apply (a variable without a value) it produces no finding the known value did not (the
 * known value is one it may take, so a new finding would be a guess: on the clean twin, none at
 * all); written as {@code null} it gives the same findings as leaving it out (null is unset, in
 * Terraform, everywhere).
 */
class UnknownValuesPropertyTest {
  private static final Pattern ATTRIBUTE = Pattern.compile("^(\\s*)([a-z_][a-z0-9_]*)(\\s*=\\s*)(.+)$");
  /** Meta-arguments and block-shaping attributes whose unknown value Terraform itself rejects or cannot plan. */
  private static final Set<String> META = Set.of("count", "for_each", "source", "version", "depends_on", "provider",
      "type", "default", "description", "sensitive", "nullable", "ignore_changes", "create_before_destroy",
      "prevent_destroy", "replace_triggered_by");

  static Stream<Named<Rule>> rules() {
    return BuiltInRules.all().stream().map(r -> Named.of(RuleMetadata.of(r).id() + " " + RuleMetadata.of(r).name(), r));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void anUnknownValueNeverProducesAFinding_andNullIsAbsent(Rule rule) {
    check(rule, "clean.tf");
  }

  /** On the marked fixture: what an unknown value produces, the known value produced too (nothing new is guessed). */
  @ParameterizedTest
  @MethodSource("rules")
  void anUnknownValueAddsNoFindingToTheMarkedFixture(Rule rule) {
    check(rule, "bad.tf");
  }

  private static void check(Rule rule, String fixture) {
    String clean = RuleTester.of(rule, rule.getClass()).resourceText(fixture);
    java.util.Map<String, io.vpcgate.engine.Severity> known = worst(run(rule, fixture, clean));
    String[] lines = clean.split("\n", -1);
    List<String> problems = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = ATTRIBUTE.matcher(lines[i]);
      boolean candidate = depth > 0 && m.matches() && !META.contains(m.group(2)) && !m.group(4).endsWith("{")
          && !m.group(4).startsWith("<<") && balanced(m.group(4));
      depth += count(lines[i], '{') - count(lines[i], '}');
      if (!candidate) {
        continue;
      }
      String unknown = with(lines, i, m.group(1) + m.group(2) + m.group(3) + "var.vpcgate_unknown")
          + "\nvariable \"vpcgate_unknown\" {}\n";
      Set<String> found = new TreeSet<>();
      worst(run(rule, fixture, unknown)).forEach((subject, severity) -> {
        if (!known.containsKey(subject) || severity.atLeast(known.get(subject)) && severity != known.get(subject)) {
          found.add(subject + " " + severity);
        }
      });
      if (!found.isEmpty()) {
        problems.add(fixture + ":" + (i + 1) + " " + m.group(2) + " unknown -> " + found);
      }
      Set<String> asNull = keys(run(rule, fixture, with(lines, i, m.group(1) + m.group(2) + m.group(3) + "null")));
      Set<String> absent = keys(run(rule, fixture, with(lines, i, "")));
      if (!asNull.equals(absent)) {
        problems.add(fixture + ":" + (i + 1) + " " + m.group(2) + " = null -> " + asNull + ", left out -> " + absent);
      }
    }
    assertEquals(List.of(), problems);
  }

  private static List<Finding> run(Rule rule, String fixture, String text) {
    return RuleTester.of(rule, rule.getClass()).addFixture(fixture).addTerraformLines(fixture, text).findings();
  }

  /**
   * The most severe finding of each rule on each subject: an unknown value may make a finding less
   * certain (a BLOCKING that needed the value becomes a WARNING), never add one or raise it.
   */
  private static java.util.Map<String, io.vpcgate.engine.Severity> worst(List<Finding> findings) {
    java.util.Map<String, io.vpcgate.engine.Severity> out = new java.util.TreeMap<>();
    findings.forEach(f -> out.merge(f.ruleId() + " " + f.subject(), f.severity(), (a, b) -> a.atLeast(b) ? a : b));
    return out;
  }

  /** What a finding is about, line numbers aside (a left-out line moves those below it). */
  private static Set<String> keys(List<Finding> findings) {
    Set<String> out = new TreeSet<>();
    findings.forEach(f -> out.add(f.ruleId() + " " + f.severity() + " " + f.subject() + " " + f.about()));
    return out;
  }

  private static String with(String[] lines, int i, String replacement) {
    String[] copy = lines.clone();
    copy[i] = replacement;
    return String.join("\n", copy);
  }

  private static boolean balanced(String value) {
    return count(value, '[') == count(value, ']') && count(value, '(') == count(value, ')')
        && count(value, '{') == count(value, '}');
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }
}
