package io.vpcgate.report;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.engine.Severity;
import io.vpcgate.engine.SkippedRule;
import io.vpcgate.engine.Suppressed;
import io.vpcgate.engine.Wiring;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pull-request comment: a one-line verdict, counts, a table of findings with links to the rule
 * pages, a Mermaid diagram of the wiring after the deploy (broken paths in red), and what was
 * suppressed, skipped or not evaluated. Stays under GitHub's 65,536-character comment limit by
 * cutting the table and saying how many rows were left out.
 */
public final class MarkdownReporter implements Reporter {
  static final int LIMIT = 60_000;

  @Override
  public String render(Report report) {
    StringBuilder sb = new StringBuilder();
    long blocking = report.count(Severity.BLOCKING);
    long warning = report.count(Severity.WARNING);
    String verdict = switch (report.verdict()) {
      case FAILED -> "🚫 **vpcgate could not read every input: the deploy is not checked**";
      case INCOMPLETE -> "🚫 **vpcgate could not read or evaluate everything it needs (live state, modules or rules): "
          + "the deploy is not fully checked**";
      case BLOCKED -> blocking > 0 ? "❌ **vpcgate: this deploy is blocked**" : "❌ **vpcgate: this deploy is blocked by warnings**";
      case PASSED -> report.isIncomplete() ? "⚠️ **vpcgate: passed, but not everything was checked**"
          : blocking > 0 ? "⚠️ **vpcgate: passed; blocking findings do not fail this gate**"
          : warning > 0 ? "⚠️ **vpcgate: passed with warnings**" : "✅ **vpcgate: passed**";
    };
    sb.append("### ").append(verdict.replace("**", "")).append("\n\n");
    sb.append(String.format("**%d blocking** · %d warning · %d info · %d suppressed — %d rules ran, %d skipped%n%n",
        blocking, warning, report.count(Severity.INFO), report.suppressed().size(), report.rules().size(),
        report.skipped().size()));
    if (!report.errors().isEmpty()) {
      sb.append("**Could not be read:**\n\n");
      report.errors().forEach(e -> sb.append("- ").append(cell(e)).append('\n'));
      sb.append('\n');
    }
    if (report.isIncomplete()) {
      sb.append("**Incomplete**: what could not be read or evaluated (the rules that need it were skipped; the gate fails closed):\n\n");
      report.incomplete().forEach(e -> sb.append("- ").append(cell(e)).append('\n'));
      sb.append('\n');
    }
    if (!report.findings().isEmpty()) {
      sb.append("| | Rule | Resource | Where | Finding | Fix |\n|---|---|---|---|---|---|\n");
      int shown = 0;
      for (Finding f : report.findings()) {
        String row = "| " + icon(f.severity()) + " | [" + f.ruleId() + "](" + RuleMetadata.docUrl(f.ruleName()) + ") "
            + f.ruleName() + " | `" + code(f.subject()) + "` | `" + code(f.location().toString()) + "` | " + cell(f.message())
            + " | " + cell(f.remediation()) + " |\n";
        if (sb.length() + row.length() > LIMIT) {
          break;
        }
        sb.append(row);
        shown++;
      }
      if (shown < report.findings().size()) {
        sb.append("\n…and ").append(report.findings().size() - shown)
            .append(" more findings, left out to fit a comment; see the full report (--format json or sarif).\n");
      }
      sb.append('\n');
    }
    String diagram = mermaid(report.wiring());
    if (!diagram.isEmpty() && sb.length() + diagram.length() < LIMIT) {
      sb.append("<details open><summary>Wiring after this deploy</summary>\n\n```mermaid\n").append(diagram)
          .append("```\n\n</details>\n\n");
    }
    details(sb, "Suppressed", report.suppressed().stream().map(MarkdownReporter::suppressed).toList());
    details(sb, "Skipped rules", report.skipped().stream().map(MarkdownReporter::skipped).toList());
    List<String> notEvaluated = new java.util.ArrayList<>(report.notEvaluated().stream()
        .map(n -> n.ruleId() + " " + n.ruleName() + " on `" + code(n.subject()) + "`: " + cell(n.reason())).toList());
    report.notes().stream().map(MarkdownReporter::cell).forEach(notEvaluated::add);
    details(sb, "Not evaluated", notEvaluated);
    return sb.toString();
  }

  private static void details(StringBuilder sb, String title, List<String> items) {
    if (items.isEmpty() || sb.length() > LIMIT) {
      return;
    }
    sb.append("<details><summary>").append(title).append(" (").append(items.size()).append(")</summary>\n\n");
    for (String i : items) {
      if (sb.length() + i.length() > LIMIT) {
        sb.append("- …\n");
        break;
      }
      sb.append("- ").append(i).append('\n');
    }
    sb.append("\n</details>\n\n");
  }

  private static String suppressed(Suppressed x) {
    return x.finding().ruleId() + " on `" + code(x.finding().subject()) + "` (" + x.kind() + ", " + cell(x.where()) + "): "
        + cell(x.reason());
  }

  private static String skipped(SkippedRule s) {
    return s.ruleId() + " " + s.ruleName() + ": " + cell(s.reason());
  }

  /** The wiring as a Mermaid flowchart; nodes with findings and broken edges in red. */
  static String mermaid(Wiring w) {
    if (w.nodes().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    Map<String, String> ids = new HashMap<>();
    for (Wiring.Node n : w.nodes()) {
      String id = "n" + ids.size();
      ids.put(n.id(), id);
      String shape = switch (n.kind()) {
        case "network" -> "{{\"%s\"}}";
        case "redis", "sql" -> "[(\"%s\")]";
        case "none" -> "((\"%s\"))";
        default -> "[\"%s\"]";
      };
      String label = label(n.label()) + (n.detail().isEmpty() ? "" : "<br/>" + label(n.detail()))
          + (n.findings().isEmpty() ? "" : "<br/>⚠ " + label(String.join(", ", n.findings())));
      sb.append("  ").append(id).append(String.format(shape, label)).append('\n');
    }
    int index = 0;
    StringBuilder styles = new StringBuilder();
    for (Wiring.Edge e : w.edges()) {
      String from = ids.get(e.from());
      String to = ids.get(e.to());
      if (from == null || to == null) {
        continue;
      }
      if (e.broken()) {
        sb.append("  ").append(from).append(" -- \"").append(label(e.label().isEmpty() ? "broken" : e.label()))
            .append("\" --x ").append(to).append('\n');
        styles.append("  linkStyle ").append(index).append(" stroke:#d1242f,stroke-width:3px\n");
      } else if (e.label().isEmpty()) {
        sb.append("  ").append(from).append(" --> ").append(to).append('\n');
      } else {
        sb.append("  ").append(from).append(" -->|\"").append(label(e.label())).append("\"| ").append(to).append('\n');
      }
      index++;
    }
    sb.append(styles);
    sb.append("  classDef finding stroke:#d1242f,stroke-width:3px\n");
    w.nodes().stream().filter(n -> !n.findings().isEmpty())
        .forEach(n -> sb.append("  class ").append(ids.get(n.id())).append(" finding\n"));
    return sb.toString();
  }

  private static String label(String s) {
    return s.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;").replace("\n", " ");
  }

  private static String icon(Severity s) {
    return switch (s) {
      case BLOCKING -> "🛑";
      case WARNING -> "⚠️";
      case INFO -> "ℹ️";
    };
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
  }

  private static String code(String s) {
    return s.replace("`", "'").replace("|", "\\|");
  }
}
