package io.vpcgate.custom;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One custom rule as its file writes it, checked: its identity and texts, what it is on, its
 * condition ({@code when}, true for a violation) and message template with the lines they start on,
 * the inputs it needs, and its tests.
 */
record RuleSpec(String id, String name, String summary, Severity severity, Category category, Target on,
    Text when, Text message, String remediation, List<String> sources, Set<Input> needs, List<RuleTest> tests,
    SourceLine at) {

  /** A text of the file and the line where it starts. */
  record Text(String value, SourceLine at) {}

  /**
   * One test: HCL written inline ({@code terraform}) or a directory ({@code dir}), optional live state and
   * plan, and the findings the rule must report: each {@code (rule, resource)} pair, and lines marked
   * {@code # BUG: ID} in the inline HCL.
   */
  record RuleTest(String name, Optional<String> terraform, Optional<String> dir, Optional<String> snapshot,
      Optional<String> plan, List<Expected> expect, SourceLine at) {}

  /** A finding a test expects: the rule and the resource address. */
  record Expected(String rule, String resource) {}
}
