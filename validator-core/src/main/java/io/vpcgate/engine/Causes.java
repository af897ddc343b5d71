package io.vpcgate.engine;

import io.vpcgate.model.Addresses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings that share one cause, so that a report lists the cause once with its consequences beneath.
 * On one resource of one root module, findings share a cause when they are about the same value (the
 * same attribute: VPCC-05 and DRIFT-01 on {@code max_instances} are one value set to 20), when a rule
 * says they came from one change ({@link Finding.Builder#sameChangeAs}: the fields one hand-made
 * {@code gcloud} change touched), or when a rule says one is a consequence of a value ({@link
 * Finding.Builder#consequenceOf}: no VPC egress because the apply removes a connector set by hand).
 * An environment variable is not one value for this purpose: a stale address and a missing egress on
 * {@code REDIS_HOST} are two causes. The entry that names the cause is the most severe finding that is
 * not itself a declared consequence, a shared change before a single value, then report order.
 */
public final class Causes {
  static final String VALUE = "value:";
  static final String CHANGE = "change:";

  /** One cause: the finding that names it, and the findings it explains (possibly none). */
  public record Entry(Finding cause, List<Finding> consequences) {
    /** The most severe finding of the entry. */
    public Severity severity() {
      return consequences.stream().map(Finding::severity).reduce(cause.severity(), Severity::worse);
    }
  }

  private Causes() {}

  /** The findings as entries: by severity (of the whole entry), then in report order. */
  public static List<Entry> of(List<Finding> findings) {
    int[] parent = new int[findings.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      for (String key : keys(findings.get(i))) {
        Integer other = firstWithKey.putIfAbsent(key, i);
        if (other != null) {
          union(parent, other, i);
        }
      }
    }
    Map<Integer, List<Finding>> groups = new LinkedHashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(findings.get(i));
    }
    List<Entry> entries = new ArrayList<>();
    for (List<Finding> group : groups.values()) {
      Finding head = group.stream().min(HEAD).orElseThrow();
      entries.add(new Entry(head, group.stream().filter(f -> f != head).toList()));
    }
    entries.sort(Comparator.comparing(Entry::severity).thenComparing(Entry::cause, Report.ORDER));
    return entries;
  }

  /** For each finding that is a consequence, the finding that names its cause. */
  public static Map<Finding, Finding> causeOf(List<Finding> findings) {
    Map<Finding, Finding> out = new java.util.IdentityHashMap<>();
    for (Entry e : of(findings)) {
      e.consequences().forEach(c -> out.put(c, e.cause()));
    }
    return out;
  }

  private static final Comparator<Finding> HEAD = Comparator
      .comparing((Finding f) -> f.cause().startsWith(VALUE))
      .thenComparing(Finding::severity)
      .thenComparing(f -> !f.cause().startsWith(CHANGE))
      .thenComparing(Report.ORDER);

  private static List<String> keys(Finding f) {
    String where = f.root() + "\n" + f.subject() + "\n";
    List<String> keys = new ArrayList<>();
    String about = f.about().startsWith(f.root() + ":") && !f.root().isEmpty()
        ? f.about().substring(f.root().length() + 1) : f.about();
    if (f.cause().startsWith(VALUE)) {
      keys.add(where + f.cause()); // a consequence joins the value's entry, not its own value's
      return keys;
    }
    if (!about.isEmpty() && !about.startsWith("env:")) {
      keys.add(where + VALUE + Addresses.withoutIndexes(about));
    }
    if (f.cause().startsWith(CHANGE)) {
      keys.add(where + f.cause());
    }
    return keys;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
