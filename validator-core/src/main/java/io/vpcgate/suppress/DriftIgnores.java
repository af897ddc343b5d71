package io.vpcgate.suppress;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Suppressed;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code drift.ignore} in .vpcgate.yml: drift findings on the listed attributes ({@code
 * TYPE.ATTRIBUTE}, {@code *} for any type, e.g. {@code google_cloud_run_v2_service.scaling.max_instance_count})
 * are reported as suppressed, with the file as the reason, never dropped.
 */
public final class DriftIgnores {
  private final List<String> patterns;
  private final String source;

  public DriftIgnores(List<String> patterns, String source) {
    this.patterns = List.copyOf(patterns);
    this.source = source;
  }

  public Report apply(Report report) {
    if (patterns.isEmpty()) {
      return report;
    }
    List<Finding> remaining = new ArrayList<>();
    List<Suppressed> ignored = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.category() == Category.DRIFT && f.drift().isPresent() && matches(f)) {
        ignored.add(new Suppressed(f, "config", "drift.ignore in " + source, source));
      } else {
        remaining.add(f);
      }
    }
    return ignored.isEmpty() ? report : report.withSuppressed(remaining, ignored, List.of());
  }

  private boolean matches(Finding f) {
    String attribute = f.drift().get().attribute();
    String type = f.subject().replaceAll("^(module\\.[^.]+(\\[[^]]*])?\\.)*", "").replaceAll("\\..*$", "");
    for (String p : patterns) {
      int dot = p.indexOf('.');
      if (dot < 0) {
        continue;
      }
      String t = p.substring(0, dot);
      String a = p.substring(dot + 1);
      if ((t.equals("*") || t.equals(type)) && (a.equals(attribute) || attribute.startsWith(a + "."))) {
        return true;
      }
    }
    return false;
  }
}
