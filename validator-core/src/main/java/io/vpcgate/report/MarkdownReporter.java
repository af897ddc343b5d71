package io.vpcgate.report;

import io.vpcgate.engine.Causes;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Severity;
import io.vpcgate.engine.Suppressed;
import io.vpcgate.engine.Wiring;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pull-request comment: a one-line verdict, counts, the findings as a compact list (one item per
 * cause, by severity, fix and findings with the same cause folded), a Mermaid diagram of the wiring
 * after the deploy, and what was suppressed, skipped or not evaluated. Stays under GitHub's
 * 65,536-character comment limit by cutting the list and saying how many findings were left out.
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
      report.errors().forEach(e -> sb.append("- ").append(text(e)).append('\n'));
      sb.append('\n');
    }
    if (report.isIncomplete()) {
      sb.append("**Incomplete**: what could not be read or evaluated (the rules that need it were skipped; the gate fails closed):\n\n");
      report.incomplete().forEach(e -> sb.append("- ").append(text(e)).append('\n'));
      sb.append('\n');
    }
    if (!report.findings().isEmpty()) {
      // A section per root module (--recursive) or live project (an audit), then by severity.
      Map<String, List<Causes.Entry>> sections = new java.util.TreeMap<>();
      Causes.of(report.findings()).forEach(e -> sections.computeIfAbsent(TextReporter.section(e.cause()),
          k -> new java.util.ArrayList<>()).add(e));
      int shown = 0;
      outer:
      for (Map.Entry<String, List<Causes.Entry>> section : sections.entrySet()) {
        Severity heading = null;
        String sectionTitle = section.getKey().isEmpty() ? "" : "#### " + section.getKey() + "\n\n";
        for (Causes.Entry e : section.getValue()) {
          String item = sectionTitle + (e.severity() != heading ? "#### " + title(e.severity()) + "\n\n" : "") + entry(e);
          if (sb.length() + item.length() > LIMIT) {
            break outer;
          }
          sectionTitle = "";
          heading = e.severity();
          sb.append(item);
          shown += 1 + e.consequences().size();
        }
      }
      if (shown < report.findings().size()) {
        sb.append("\n…and ").append(report.findings().size() - shown)
            .append(" more findings, left out to fit a comment; see the full report (-f json or -f sarif).\n");
      }
      sb.append('\n');
    }
    Map<String, Severity> worstByRule = new HashMap<>();
    report.findings().forEach(f -> worstByRule.merge(f.ruleId(), f.severity(), Severity::worse));
    String diagram = mermaid(report.wiring(), worstByRule);
    if (!diagram.isEmpty() && sb.length() + diagram.length() < LIMIT) {
      sb.append("<details open><summary>Wiring after this deploy</summary>\n\n```mermaid\n").append(diagram)
          .append("```\n\n</details>\n\n");
    }
    details(sb, "Root modules checked", report.roots().stream().map(r -> "`" + code(r) + "`").toList());
    details(sb, "Suppressed", report.suppressed().stream().map(MarkdownReporter::suppressed).toList());
    details(sb, "Skipped rules", SkippedGroups.of(report.skipped()).stream().map(MarkdownReporter::text).toList());
    List<String> notEvaluated = new java.util.ArrayList<>(report.notEvaluated().stream()
        .map(n -> n.ruleId() + " " + n.ruleName() + " on `" + code(n.subject()) + "`: " + text(n.reason())).toList());
    report.notes().stream().map(MarkdownReporter::text).forEach(notEvaluated::add);
    details(sb, "Not evaluated", notEvaluated);
    return sb.toString();
  }

  /**
   * One cause as a list item that fits a comment's width: icon, rule, where and what on the first
   * lines; the fix, the rule's command and the findings with the same cause folded beneath.
   */
  private static String entry(Causes.Entry e) {
    Finding f = e.cause();
    StringBuilder sb = new StringBuilder();
    sb.append("- ").append(icon(f.severity())).append(" **").append(f.ruleId()).append("** ").append(f.ruleName())
        .append(f.location().toString().equals(f.subject()) ? "" : " · `" + code(f.location().toString()) + "`")
        .append(" · `").append(code(f.subject())).append("`  \n")
        .append("  ").append(text(f.message())).append('\n');
    sb.append("  <details><summary>Fix").append(e.consequences().isEmpty() ? ""
        : ", and " + e.consequences().size() + " more finding" + (e.consequences().size() == 1 ? "" : "s")
            + " with the same cause").append("</summary>\n\n");
    if (!f.remediation().isEmpty()) {
      sb.append("  ").append(text(f.remediation())).append(" (`vpcgate rules ").append(f.ruleId()).append("`)\n\n");
    }
    for (Finding c : e.consequences()) {
      sb.append("  - ").append(icon(c.severity())).append(" **").append(c.ruleId()).append("** · `")
          .append(code(c.location().toString())).append("` ").append(text(c.message())).append('\n');
    }
    sb.append(e.consequences().isEmpty() ? "" : "\n").append("  </details>\n\n");
    return sb.toString();
  }

  private static String title(Severity s) {
    return switch (s) {
      case BLOCKING -> "🛑 Blocking";
      case WARNING -> "⚠️ Warnings";
      case INFO -> "ℹ️ Info";
    };
  }

  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile(
      // Linear: starts only where a run starts, and possessive parts never backtrack (a fuzzed message with a long
      // run of name characters made the backtracking version take minutes).
      "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)+");

  /**
   * Text in a list item: one line, and an e-mail address (a service account, who made a change) as code so
   * that GitHub does not turn it into a mailto link.
   */
  static String text(String s) {
    return EMAIL.matcher(cell(s)).replaceAll(m -> "`" + m.group().replace("\\", "\\\\").replace("$", "\\$") + "`");
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
    return x.finding().ruleId() + " on `" + code(x.finding().subject()) + "` (" + x.kind() + ", " + text(x.where()) + "): "
        + text(x.reason());
  }

  static String mermaid(Wiring w) {
    return mermaid(w, Map.of());
  }

  /**
   * The wiring as a Mermaid flowchart; nodes with findings outlined, edges a blocking finding breaks in
   * red, edges only warnings touch dashed in amber. Rule IDs are listed once with a count and never split
   * over lines (non-breaking hyphens).
   */
  static String mermaid(Wiring w, Map<String, Severity> worstByRule) {
    if (w.nodes().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    Map<String, String> ids = new HashMap<>();
    // In a report of several root modules, each root's nodes in a box of their own; shared ones (networks) once.
    Map<String, StringBuilder> byRoot = new java.util.LinkedHashMap<>();
    for (Wiring.Node n : w.nodes()) {
      if (ids.containsKey(n.id())) {
        continue;
      }
      String id = "n" + ids.size();
      ids.put(n.id(), id);
      String shape = switch (n.kind()) {
        case "network" -> "{{\"%s\"}}";
        case "redis", "sql", "store" -> "[(\"%s\")]";
        case "none" -> "((\"%s\"))";
        default -> "[\"%s\"]";
      };
      String label = label(n.label()) + (n.detail().isEmpty() ? "" : "<br/>" + label(n.detail()))
          + (n.findings().isEmpty() ? "" : "<br/>⚠ " + ruleList(n.findings()));
      StringBuilder into = n.root().isEmpty() ? sb : byRoot.computeIfAbsent(n.root(), r -> new StringBuilder());
      into.append(n.root().isEmpty() ? "  " : "    ").append(id).append(String.format(shape, label)).append('\n');
    }
    int box = 0;
    for (Map.Entry<String, StringBuilder> root : byRoot.entrySet()) {
      sb.append("  subgraph r").append(box++).append("[\"").append(label(root.getKey())).append("\"]\n")
          .append(root.getValue()).append("  end\n");
    }
    int index = 0;
    StringBuilder styles = new StringBuilder();
    for (Wiring.Edge e : w.edges()) {
      String from = ids.get(e.from());
      String to = ids.get(e.to());
      if (from == null || to == null) {
        continue;
      }
      boolean blocking = e.broken() && (worstByRule.isEmpty() || java.util.Arrays.stream(e.label().split(",\\s*"))
          .anyMatch(id -> worstByRule.getOrDefault(id, Severity.BLOCKING) == Severity.BLOCKING));
      String brokenLabel = e.label().isEmpty() ? "broken" : ruleList(List.of(e.label().split(",\\s*")));
      if (e.broken() && blocking) {
        sb.append("  ").append(from).append(" -- \"").append(brokenLabel).append("\" --x ").append(to).append('\n');
        styles.append("  linkStyle ").append(index).append(" stroke:#d1242f,stroke-width:3px\n");
      } else if (e.broken()) {
        sb.append("  ").append(from).append(" -. \"").append(brokenLabel).append("\" .-> ").append(to).append('\n');
        styles.append("  linkStyle ").append(index).append(" stroke:#bf8700,stroke-width:2px\n");
      } else if (e.label().isEmpty()) {
        sb.append("  ").append(from).append(" --> ").append(to).append('\n');
      } else {
        sb.append("  ").append(from).append(" -->|\"").append(label(e.label())).append("\"| ").append(to).append('\n');
      }
      index++;
    }
    sb.append(styles);
    sb.append("  classDef finding stroke:#d1242f,stroke-width:3px\n");
    w.nodes().stream().filter(n -> !n.findings().isEmpty()).map(n -> ids.get(n.id())).distinct()
        .forEach(id -> sb.append("  class ").append(id).append(" finding\n"));
    return sb.toString();
  }

  /** Rule IDs once each, with a count where a rule found several things ("DRIFT‑01 ×4"), hyphens unbreakable. */
  private static String ruleList(List<String> ids) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    ids.forEach(id -> counts.merge(id, 1, Integer::sum));
    List<String> parts = new java.util.ArrayList<>();
    counts.forEach((id, n) -> parts.add(label(id).replace('-', '\u2011') + (n > 1 ? " ×" + n : "")));
    return String.join(", ", parts);
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
