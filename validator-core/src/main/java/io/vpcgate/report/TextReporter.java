package io.vpcgate.report;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.engine.Severity;
import io.vpcgate.engine.SkippedRule;
import io.vpcgate.engine.Suppressed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human report: findings grouped by resource, each with what and where, the fix and the rule's
 * page; then suppressed findings, skipped rules, notes on what could not be evaluated, and a
 * verdict line with the counts. ANSI colour only when asked for (the CLI asks on a terminal
 * without NO_COLOR).
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final java.util.regex.Pattern LIVE_PROJECT = java.util.regex.Pattern.compile("^projects/([^/]+)/");
  private final boolean color;

  public TextReporter() {
    this(false);
  }

  public TextReporter(boolean color) {
    this.color = color;
  }

  private String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + RESET : text;
  }

  private String severity(Severity s) {
    String word = s.name().toLowerCase(Locale.ROOT);
    return switch (s) {
      case BLOCKING -> paint("1;31", word);
      case WARNING -> paint("33", word);
      case INFO -> paint("36", word);
    };
  }

  @Override
  public String render(Report report) {
    StringBuilder sb = new StringBuilder();
    Map<String, List<Finding>> byResource = new LinkedHashMap<>();
    report.findings().forEach(f -> byResource.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f));
    String project = null;
    for (Map.Entry<String, List<Finding>> group : byResource.entrySet()) {
      // Live resources (an audit) are named by their project: a heading per project.
      java.util.regex.Matcher live = LIVE_PROJECT.matcher(group.getKey());
      if (live.find() && !live.group(1).equals(project)) {
        project = live.group(1);
        sb.append(paint("1", "Project " + project + ":")).append("\n\n");
      }
      sb.append(paint("1", group.getKey())).append('\n');
      for (Finding f : group.getValue()) {
        sb.append("  ").append(f.location()).append(": ").append(severity(f.severity()))
            .append(": [").append(f.ruleId()).append(' ').append(f.ruleName()).append("] ")
            .append(f.message()).append('\n');
        f.drift().ifPresent(d -> sb.append("    ").append(d.attribute()).append(": terraform ").append(d.desired())
            .append(" → live ").append(d.live()).append('\n'));
        if (!f.remediation().isEmpty()) {
          sb.append("    fix: ").append(f.remediation()).append('\n');
        }
        f.related().forEach(r -> sb.append("    related: ").append(r).append('\n'));
        sb.append("    ").append(paint("2", "see: " + RuleMetadata.docUrl(f.ruleName()))).append('\n');
      }
      sb.append('\n');
    }
    if (!report.suppressed().isEmpty()) {
      sb.append("Suppressed:\n");
      for (Suppressed x : report.suppressed()) {
        sb.append("  ").append(x.finding().location()).append(": [").append(x.finding().ruleId()).append(' ')
            .append(x.finding().ruleName()).append("] ").append(x.kind().equals("inline") ? "by " + x.where() : "by the baseline")
            .append(": ").append(x.reason()).append('\n');
      }
      sb.append('\n');
    }
    if (!report.skipped().isEmpty()) {
      sb.append("Skipped rules:\n");
      for (SkippedRule s : report.skipped()) {
        sb.append("  ").append(s.ruleId()).append(' ').append(s.ruleName()).append(": ").append(s.reason()).append('\n');
      }
      sb.append('\n');
    }
    if (!report.notes().isEmpty() || !report.notEvaluated().isEmpty()) {
      sb.append("Not evaluated (no finding is guessed from what could not be read or known before apply):\n");
      report.notEvaluated().forEach(n -> sb.append("  ").append(n.ruleId()).append(' ').append(n.ruleName())
          .append(" on ").append(n.subject()).append(": ").append(n.reason()).append('\n'));
      report.notes().forEach(n -> sb.append("  ").append(n).append('\n'));
      sb.append('\n');
    }
    if (!report.errors().isEmpty()) {
      sb.append("Could not be read (nothing in them was checked):\n");
      report.errors().forEach(e -> sb.append("  ").append(e).append('\n'));
      sb.append('\n');
    }
    if (report.isIncomplete()) {
      sb.append("Incomplete: what could not be read or evaluated (the rules that need it were skipped; the gate fails closed):\n");
      report.incomplete().forEach(e -> sb.append("  ").append(e).append('\n'));
      sb.append('\n');
    }
    String verdict = verdict(report);
    boolean failed = !report.verdict().passes();
    sb.append(paint(failed ? "1;31" : report.count(Severity.WARNING) > 0 ? "1;33" : "1;32", verdict)).append('\n');
    return sb.toString();
  }

  static String verdict(Report report) {
    long blocking = report.count(Severity.BLOCKING);
    long warning = report.count(Severity.WARNING);
    long info = report.count(Severity.INFO);
    String word = report.verdict().headline(report);
    return String.format("vpcgate: %s: %d blocking, %d warning, %d info%s; %d rule%s ran, %d skipped%s%s",
        word, blocking, warning, info, report.suppressed().isEmpty() ? "" : ", " + report.suppressed().size() + " suppressed",
        report.rules().size(), report.rules().size() == 1 ? "" : "s", report.skipped().size(),
        report.notEvaluated().isEmpty() && report.notes().isEmpty() ? ""
            : ", " + (report.notEvaluated().size() + report.notes().size()) + " not evaluated",
        report.errors().isEmpty() ? "" : "; " + report.errors().size() + " inputs unreadable");
  }
}
