package io.vpcgate.suppress;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Suppressed;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the {@code vpcgate:ignore} comments of the .tf files a check read: a covered finding
 * moves to the report's suppressed list with its reason. A comment without a reason, or past its
 * {@code until} date, does not apply; the report's notes say so.
 */
public final class Suppressions {
  /** What every suppression comment holds: a file without it has none, and is not read again to find them. */
  public static final String MARK = "vpcgate:ignore";

  private Suppressions() {}

  /**
   * The day a suppression's {@code until=} is judged on: today in UTC, the same on every machine whatever its
   * time zone (and without reading the time-zone database, which took 20 ms of every start).
   */
  public static LocalDate today() {
    return LocalDate.now(java.time.ZoneOffset.UTC);
  }

  public static Report apply(Report report, Map<String, Path> sources, LocalDate today) {
    return apply(report, sources, today, java.util.Set.of());
  }

  /** {@code knownRuleIds}: a comment naming another ID (VPCC-99, CR-7) is said to name no rule. */
  public static Report apply(Report report, Map<String, Path> sources, LocalDate today, java.util.Set<String> knownRuleIds) {
    SuppressionScanner.Result scanned = SuppressionScanner.scan(sources);
    List<String> notes = new ArrayList<>(scanned.problems());
    List<InlineSuppression> active = new ArrayList<>();
    for (InlineSuppression s : scanned.suppressions()) {
      List<String> unknown = knownRuleIds.isEmpty() ? List.of()
          : s.ruleIds().stream().filter(id -> !knownRuleIds.contains(id)).sorted().toList();
      if (!unknown.isEmpty()) {
        notes.add(s.where() + ": vpcgate:ignore names " + String.join(", ", unknown) + ", which "
            + (unknown.size() == 1 ? "is no rule" : "are no rules") + " (see vpcgate rules)"
            + (unknown.size() == s.ruleIds().size() ? "; it suppresses nothing" : ""));
      }
      if (s.reason().isEmpty()) {
        notes.add(s.where() + ": vpcgate:ignore needs a reason (\"-- why\"); not applied");
      } else if (s.until().map(u -> u.isBefore(today)).orElse(false)) {
        notes.add(s.where() + ": vpcgate:ignore expired on " + s.until().get() + "; not applied");
      } else {
        active.add(s);
      }
    }
    List<Finding> remaining = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    for (Finding f : report.findings()) {
      Optional<InlineSuppression> by = active.stream().filter(s -> s.covers(f)).findFirst();
      if (by.isPresent()) {
        suppressed.add(new Suppressed(f, "inline", by.get().reason().orElseThrow(), by.get().where()));
      } else {
        remaining.add(f);
      }
    }
    if (suppressed.isEmpty() && notes.isEmpty()) {
      return report;
    }
    return report.withSuppressed(remaining, suppressed, notes);
  }
}
