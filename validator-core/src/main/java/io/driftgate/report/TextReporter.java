package io.driftgate.report;

import io.driftgate.engine.Finding;
import io.driftgate.engine.Report;
import io.driftgate.engine.RuleMetadata;
import io.driftgate.engine.Severity;
import io.driftgate.engine.SkippedRule;
import io.driftgate.engine.Suppressed;
import java.util.Locale;

/**
 * The human report: for each finding what and where, the fix and the rule's page; then skipped
 * rules, notes on what could not be evaluated, and a verdict line with the counts.
 */
public final class TextReporter implements Reporter {

  @Override
  public String render(Report report) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : report.findings()) {
      sb.append(f.location()).append(": ").append(f.severity().name().toLowerCase(Locale.ROOT))
          .append(": [").append(f.ruleId()).append(' ').append(f.ruleName()).append("] ")
          .append(f.message()).append('\n');
      if (!f.remediation().isEmpty()) {
        sb.append("  fix: ").append(f.remediation()).append('\n');
      }
      f.related().forEach(r -> sb.append("  related: ").append(r).append('\n'));
      sb.append("  see: ").append(RuleMetadata.docUrl(f.ruleName())).append('\n');
    }
    if (!report.suppressed().isEmpty()) {
      sb.append(report.findings().isEmpty() ? "" : "\n").append("Suppressed:\n");
      for (Suppressed x : report.suppressed()) {
        sb.append("  ").append(x.finding().location()).append(": [").append(x.finding().ruleId()).append(' ')
            .append(x.finding().ruleName()).append("] ").append(x.kind().equals("inline") ? "by " + x.where() : "by the baseline")
            .append(": ").append(x.reason()).append('\n');
      }
    }
    if (!report.skipped().isEmpty()) {
      sb.append(report.findings().isEmpty() ? "" : "\n").append("Skipped rules:\n");
      for (SkippedRule s : report.skipped()) {
        sb.append("  ").append(s.ruleId()).append(' ').append(s.ruleName()).append(": ").append(s.reason()).append('\n');
      }
    }
    if (!report.notes().isEmpty()) {
      sb.append("\nNot evaluated (no finding is guessed from what could not be read or known before apply):\n");
      report.notes().forEach(n -> sb.append("  ").append(n).append('\n'));
    }
    if (!report.errors().isEmpty()) {
      sb.append("\nCould not be read (nothing in them was checked):\n");
      report.errors().forEach(e -> sb.append("  ").append(e).append('\n'));
    }
    sb.append('\n').append(verdict(report)).append('\n');
    return sb.toString();
  }

  static String verdict(Report report) {
    long blocking = report.count(Severity.BLOCKING);
    long warning = report.count(Severity.WARNING);
    long info = report.count(Severity.INFO);
    String word = !report.errors().isEmpty() ? "FAILED (inputs could not be read)"
        : blocking > 0 ? "BLOCKED" : warning > 0 ? "PASSED with warnings" : "PASSED";
    return String.format("driftgate: %s: %d blocking, %d warning, %d info%s; %d rules ran, %d skipped%s",
        word, blocking, warning, info, report.suppressed().isEmpty() ? "" : ", " + report.suppressed().size() + " suppressed",
        report.rules().size(), report.skipped().size(),
        report.errors().isEmpty() ? "" : "; " + report.errors().size() + " inputs unreadable");
  }
}
