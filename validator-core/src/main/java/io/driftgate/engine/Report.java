package io.driftgate.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The result of a run: findings sorted by (file, line, rule, message), rules skipped with reasons,
 * the rules that ran, and notes on what could not be evaluated. No timestamps: golden files stay stable.
 */
public record Report(List<Finding> findings, List<SkippedRule> skipped, List<RuleMetadata> rules,
    List<String> notes) {

  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.location().toString().replaceAll(":\\d+$", ""))
      .thenComparingInt(f -> f.location() instanceof io.driftgate.model.Location.SourceLocation s ? s.line() : 0)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);

  public Report {
    findings = findings.stream().sorted(ORDER).toList();
    skipped = List.copyOf(skipped);
    rules = List.copyOf(rules);
    notes = List.copyOf(notes);
  }

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  /** True if some finding is at or above {@code threshold}. */
  public boolean failsAt(Optional<Severity> threshold) {
    return threshold.isPresent() && findings.stream().anyMatch(f -> f.severity().atLeast(threshold.get()));
  }
}
