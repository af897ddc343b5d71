package io.vpcgate.report;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.engine.Severity;
import io.vpcgate.engine.SkippedRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JUnit XML as Jenkins and GitLab render it: a test suite per rule, a test case per checked
 * resource; a case with findings that fail the gate ({@code --fail-on}) has one failure listing them
 * (its type the highest severity), the others are system-out; a case that could not be judged is
 * skipped; a skipped rule is a suite with one skipped case saying why. Counts add up: each case is
 * passed, failed or skipped once.
 */
public final class JunitReporter implements Reporter {
  private final DocLinks links;

  public JunitReporter() {
    this(DocLinks.OFFLINE);
  }

  public JunitReporter(DocLinks links) {
    this.links = links;
  }

  /** Whether a finding fails the run's gate (--fail-on): those are failures, the rest output. */
  private static boolean fails(Finding f, Report report) {
    return report.gate().failOn().map(f.severity()::atLeast).orElse(false);
  }

  @Override
  public String render(Report report) {
    StringBuilder suites = new StringBuilder();
    int tests = 0;
    int failures = 0;
    int skippedCount = 0;
    for (RuleMetadata rule : report.rules()) {
      Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
      Set<String> subjects = new LinkedHashSet<>(report.checked(rule.id()));
      report.findings().stream().filter(f -> f.ruleId().equals(rule.id())).forEach(f -> {
        subjects.add(f.subject());
        bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
      });
      Map<String, List<String>> notJudged = new LinkedHashMap<>();
      report.notEvaluated().stream().filter(n -> n.ruleId().equals(rule.id())).forEach(n -> {
        subjects.add(n.subject());
        notJudged.computeIfAbsent(n.subject(), k -> new ArrayList<>()).add(n.reason());
      });
      StringBuilder cases = new StringBuilder();
      int suiteFailures = 0;
      int suiteSkipped = 0;
      for (String subject : subjects) {
        List<Finding> found = bySubject.getOrDefault(subject, List.of());
        cases.append("    <testcase classname=\"").append(esc(rule.id() + " " + rule.name())).append("\" name=\"")
            .append(esc(subject)).append("\">\n");
        // One <failure> per test case, holding every finding that fails the gate; the rest is output, so the
        // counts add up (a case fails once) and a warning below --fail-on does not turn the build red.
        List<Finding> failing = found.stream().filter(f -> fails(f, report)).toList();
        StringBuilder out = new StringBuilder();
        found.stream().filter(f -> !fails(f, report)).forEach(f -> out.append(f.severity().name().toLowerCase(java.util.Locale.ROOT))
            .append(": ").append(f.location()).append(": ").append(f.message()).append('\n'));
        if (!failing.isEmpty()) {
          suiteFailures++;
          Finding first = failing.get(0);
          StringBuilder body = new StringBuilder();
          for (Finding f : failing) {
            body.append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(f.location()).append(": ")
                .append(f.message()).append("\nfix: ").append(f.remediation()).append('\n');
          }
          body.append("see: ").append(links.see(rule.id(), rule.name()));
          cases.append("      <failure type=\"").append(first.severity()).append("\" message=\"")
              .append(esc(first.message() + (failing.size() > 1 ? " (and " + (failing.size() - 1) + " more)" : "")))
              .append("\">").append(esc(body.toString())).append("</failure>\n");
        }
        List<String> why = notJudged.getOrDefault(subject, List.of());
        if (!why.isEmpty() && found.isEmpty()) {
          suiteSkipped++;
          cases.append("      <skipped message=\"").append(esc("not evaluated: " + String.join("; ", why)))
              .append("\"/>\n");
        } else {
          why.forEach(w -> out.append("not evaluated: ").append(w).append('\n'));
        }
        if (out.length() > 0) {
          cases.append("      <system-out>").append(esc(out.toString())).append("</system-out>\n");
        }
        cases.append("    </testcase>\n");
      }
      tests += subjects.size();
      failures += suiteFailures;
      skippedCount += suiteSkipped;
      suites.append("  <testsuite name=\"").append(esc(rule.id() + " " + rule.name())).append("\" tests=\"")
          .append(subjects.size()).append("\" failures=\"").append(suiteFailures).append("\" errors=\"0\" skipped=\"")
          .append(suiteSkipped).append("\">\n")
          .append(cases).append("  </testsuite>\n");
    }
    for (SkippedRule s : report.skipped()) {
      tests++;
      skippedCount++;
      suites.append("  <testsuite name=\"").append(esc(s.ruleId() + " " + s.ruleName()))
          .append("\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"1\">\n")
          .append("    <testcase classname=\"").append(esc(s.ruleId() + " " + s.ruleName())).append("\" name=\"not run\">\n")
          .append("      <skipped message=\"").append(esc(s.reason())).append("\"/>\n")
          .append("    </testcase>\n  </testsuite>\n");
    }
    if (!report.notes().isEmpty()) {
      // What could not be evaluated in the Terraform (a variable without a value, an unknown count): skipped, not passed.
      tests += report.notes().size();
      skippedCount += report.notes().size();
      suites.append("  <testsuite name=\"not evaluated\" tests=\"").append(report.notes().size())
          .append("\" failures=\"0\" errors=\"0\" skipped=\"").append(report.notes().size()).append("\">\n");
      for (String note : report.notes()) {
        suites.append("    <testcase classname=\"not evaluated\" name=\"").append(esc(note)).append("\">\n")
            .append("      <skipped message=\"").append(esc(note)).append("\"/>\n    </testcase>\n");
      }
      suites.append("  </testsuite>\n");
    }
    List<String> unread = new java.util.ArrayList<>(report.errors());
    report.incomplete().forEach(e -> unread.add(e));
    int errors = unread.size();
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<testsuites name=\"vpcgate\" tests=\"").append(tests + errors).append("\" failures=\"").append(failures)
        .append("\" errors=\"").append(errors).append("\" skipped=\"").append(skippedCount).append("\">\n");
    if (errors > 0) {
      sb.append("  <testsuite name=\"inputs\" tests=\"").append(errors).append("\" failures=\"0\" errors=\"").append(errors)
          .append("\" skipped=\"0\">\n");
      for (String e : unread) {
        sb.append("    <testcase classname=\"inputs\" name=\"").append(esc(e)).append("\">\n      <error message=\"")
            .append(esc(e)).append("\"/>\n    </testcase>\n");
      }
      sb.append("  </testsuite>\n");
    }
    return sb.append(suites).append("</testsuites>\n").toString();
  }

  /** XML text and attribute escaping; characters XML 1.0 cannot hold are dropped. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
            sb.appendCodePoint(c);
          }
        }
      }
    });
    return sb.toString();
  }
}
