package io.vpcgate.report;

import io.vpcgate.engine.Causes;
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
 * The human report: one entry per cause (see {@link Causes}), by severity, each with what and where,
 * the fix and the rule's page, the findings it explains beneath it; under a heading per root module
 * (--recursive) or live project (an audit); then suppressed findings, skipped rules, notes on what could not be evaluated, and a
 * verdict line with the counts. ANSI colour only when asked for (the CLI asks on a terminal
 * without NO_COLOR).
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final java.util.regex.Pattern LIVE_PROJECT = java.util.regex.Pattern.compile("^projects/([^/]+)/");
  private final boolean color;
  private final DocLinks links;

  public TextReporter() {
    this(false);
  }

  public TextReporter(boolean color) {
    this(color, DocLinks.OFFLINE);
  }

  public TextReporter(boolean color, DocLinks links) {
    this.color = color;
    this.links = links;
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
    Map<String, List<Causes.Entry>> sections = new java.util.TreeMap<>();
    for (Causes.Entry e : Causes.of(report.findings())) {
      sections.computeIfAbsent(section(e.cause()), k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<Causes.Entry>> section : sections.entrySet()) {
      if (!section.getKey().isEmpty()) {
        sb.append(paint("1", section.getKey() + ":")).append("\n\n");
      }
      for (Causes.Entry e : section.getValue()) {
        entry(sb, e);
      }
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
      SkippedGroups.of(report.skipped()).forEach(line -> sb.append("  ").append(line).append('\n'));
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
    if (!report.roots().isEmpty()) {
      sb.append("Checked ").append(report.roots().size()).append(" root module").append(report.roots().size() == 1 ? "" : "s")
          .append(": ").append(String.join(", ", report.roots())).append("\n\n");
    }
    String verdict = verdictLine(report);
    boolean failed = !report.verdict().passes();
    sb.append(paint(failed ? "1;31" : report.count(Severity.WARNING) > 0 ? "1;33" : "1;32", verdict)).append('\n');
    return sb.toString();
  }

  /**
   * One cause: its finding with what, where, how to fix and the rule's page; the findings it explains
   * beneath it, each with what and where.
   */
  private void entry(StringBuilder sb, Causes.Entry e) {
    Finding f = e.cause();
    sb.append(f.location()).append(": ").append(severity(f.severity())).append(": [").append(f.ruleId()).append(' ')
        .append(f.ruleName()).append("] ").append(withSubject(f)).append('\n');
    f.drift().ifPresent(d -> sb.append("    ").append(drift(d)).append('\n'));
    if (!f.remediation().isEmpty()) {
      sb.append("    fix: ").append(f.remediation()).append('\n');
    }
    f.use().ifPresent(u -> sb.append("    used at: ").append(u).append('\n'));
    f.related().stream().skip(f.use().isPresent() ? 1 : 0).forEach(r -> sb.append("    related: ").append(r).append('\n'));
    sb.append("    ").append(paint("2", "see: " + links.see(f.ruleId(), f.ruleName()))).append('\n');
    if (!e.consequences().isEmpty()) {
      sb.append("    same cause:\n");
    }
    for (Finding c : e.consequences()) {
      sb.append("      ").append(c.location()).append(": ").append(severity(c.severity())).append(": [").append(c.ruleId())
          .append(' ').append(c.ruleName()).append("] ").append(c.message()).append('\n');
      c.drift().ifPresent(d -> sb.append("        ").append(drift(d)).append('\n'));
    }
    sb.append('\n');
  }

  private static String drift(Finding.Drift d) {
    return d.attribute() + ": terraform " + d.desired() + " → live " + d.live();
  }

  /** The message, preceded by the resource when neither the message nor the location names it. */
  private static String withSubject(Finding f) {
    boolean named = f.message().contains(f.subject()) || f.location().toString().equals(f.subject());
    return named ? f.message() : f.subject() + ": " + f.message();
  }

  /** Findings of a root module under --recursive, of a live project in an audit, else one section. */
  static String section(Finding f) {
    if (!f.root().isEmpty()) {
      return "Root module " + f.root();
    }
    java.util.regex.Matcher live = LIVE_PROJECT.matcher(f.subject());
    return live.find() ? "Project " + live.group(1) : "";
  }

  /** The one line that sums up a run: verdict and counts (what --quiet prints). */
  public static String verdictLine(Report report) {
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
