package io.vpcgate.engine;

import io.vpcgate.model.Location;
import io.vpcgate.model.Location.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of a run: findings sorted by (file, line, rule, message), rules skipped with reasons,
 * the rules that ran, notes on what could not be evaluated, and errors for inputs that could not be
 * read at all (a run with errors never passes), and what live state could not be read ({@code
 * incomplete}: the run is incomplete and the gate fails closed). No timestamps: golden files stay
 * stable.
 */
public record Report(List<Finding> findings, List<SkippedRule> skipped, List<RuleMetadata> rules,
    List<String> notes, List<String> errors, Map<String, List<String>> checked, List<Suppressed> suppressed,
    Wiring wiring, List<String> incomplete, List<NotEvaluated> notEvaluated, Gate gate, List<String> roots) {

  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> file(f.location()))
      .thenComparingInt(f -> f.location() instanceof SourceLocation s ? s.line() : 0)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);

  public Report {
    findings = findings.stream().sorted(ORDER).toList();
    skipped = List.copyOf(skipped);
    rules = List.copyOf(rules);
    notes = List.copyOf(notes);
    errors = List.copyOf(errors);
    Map<String, List<String>> c = new TreeMap<>();
    checked.forEach((k, v) -> c.put(k, List.copyOf(v)));
    checked = java.util.Collections.unmodifiableMap(c);
    suppressed = suppressed.stream().sorted(Comparator.comparing(Suppressed::finding, ORDER)).toList();
    incomplete = List.copyOf(incomplete);
    notEvaluated = notEvaluated.stream().sorted(java.util.Comparator.comparing(NotEvaluated::ruleId)
        .thenComparing(NotEvaluated::subject).thenComparing(NotEvaluated::reason)).distinct().toList();
    gate = gate == null ? Gate.DEFAULT : gate;
    roots = roots == null ? List.of() : roots.stream().sorted().distinct().toList();
  }

  /**
   * Where {@code at} is, without a line: a source location's file, a live resource's name (without a
   * {@code :N} at its end, as a location's text would be without its line).
   */
  static String file(Location at) {
    if (at instanceof SourceLocation s && s.line() >= 0) {
      return String.valueOf(s.file()); // its text is file:line
    }
    String text = at.toString();
    int colon = text.lastIndexOf(':');
    if (colon < 0 || colon == text.length() - 1) {
      return text;
    }
    for (int i = colon + 1; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return text;
      }
    }
    return text.substring(0, colon);
  }

  /** A report of one root module (no roots listed). */
  public Report(List<Finding> findings, List<SkippedRule> skipped, List<RuleMetadata> rules, List<String> notes,
      List<String> errors, Map<String, List<String>> checked, List<Suppressed> suppressed, Wiring wiring,
      List<String> incomplete, List<NotEvaluated> notEvaluated, Gate gate) {
    this(findings, skipped, rules, notes, errors, checked, suppressed, wiring, incomplete, notEvaluated, gate, List.of());
  }

  public Report(List<Finding> findings, List<SkippedRule> skipped, List<RuleMetadata> rules, List<String> notes,
      List<String> errors, Map<String, List<String>> checked, List<Suppressed> suppressed, Wiring wiring,
      List<String> incomplete, List<NotEvaluated> notEvaluated) {
    this(findings, skipped, rules, notes, errors, checked, suppressed, wiring, incomplete, notEvaluated, Gate.DEFAULT);
  }

  /** This report judged by {@code gate} ({@code --fail-on}, {@code --allow-incomplete}). */
  public Report withGate(Gate gate) {
    return new Report(findings, skipped, rules, notes, errors, checked, suppressed, wiring, incomplete, notEvaluated, gate,
        roots);
  }

  /** The one verdict, for every format and for the exit code. */
  public Verdict verdict() {
    return Verdict.of(this, gate);
  }

  public Report(List<Finding> findings, List<SkippedRule> skipped, List<RuleMetadata> rules, List<String> notes,
      List<String> errors, Map<String, List<String>> checked, List<Suppressed> suppressed, Wiring wiring) {
    this(findings, skipped, rules, notes, errors, checked, suppressed, wiring, List.of(), List.of());
  }

  public Report(List<Finding> findings, List<SkippedRule> skipped, List<RuleMetadata> rules, List<String> notes) {
    this(findings, skipped, rules, notes, List.of(), Map.of(), List.of(), Wiring.EMPTY);
  }

  public Report(List<Finding> findings, List<SkippedRule> skipped, List<RuleMetadata> rules, List<String> notes,
      List<String> errors, Map<String, List<String>> checked) {
    this(findings, skipped, rules, notes, errors, checked, List.of(), Wiring.EMPTY);
  }

  /** This report with some findings moved to {@code suppressed} (and notes on suppressions that did not apply). */
  public Report withSuppressed(List<Finding> remaining, List<Suppressed> more, List<String> moreNotes) {
    List<Suppressed> all = new ArrayList<>(suppressed);
    all.addAll(more);
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.addAll(moreNotes);
    return new Report(remaining, skipped, rules, allNotes, errors, checked, all, wiring, incomplete, notEvaluated, gate,
        roots);
  }

  /** The Terraform resources a rule examined (the desired resources its appliesTo classes match), by rule ID: JUnit's test cases. */
  public List<String> checked(String ruleId) {
    return checked.getOrDefault(ruleId, List.of());
  }

  /** This report with input errors added. */
  public Report withErrors(List<String> more) {
    if (more.isEmpty()) {
      return this; // as a new one would be: the constructor's copies and orders are already made
    }
    List<String> all = new ArrayList<>(errors);
    all.addAll(more);
    return new Report(findings, skipped, rules, notes, all, checked, suppressed, wiring, incomplete, notEvaluated, gate,
        roots);
  }

  /** This report with more that could not be read or evaluated (the run is incomplete). */
  public Report withIncomplete(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(incomplete);
    all.addAll(more);
    return new Report(findings, skipped, rules, notes, errors, checked, suppressed, wiring, all, notEvaluated, gate, roots);
  }

  /** Whether some live state could not be read, or some rule could not finish. */
  public boolean isIncomplete() {
    return !incomplete.isEmpty();
  }

  /** An incomplete-run line about a line of a module file (a module not downloaded), not about the live read. */
  private static final java.util.regex.Pattern IN_A_FILE = java.util.regex.Pattern.compile("([^\\s:]+\\.tf(\\.json)?):\\d+: ");

  /**
   * This report with every .tf location and note placed under {@code dir} (for combined reports); what made it
   * incomplete too when it names a file (a live-read gap is the same for every root module and stays as it is).
   */
  public Report under(String dir) {
    if (dir.isEmpty() || dir.equals(".")) {
      return new Report(findings, skipped, rules, notes, errors, checked, suppressed, wiring, incomplete, notEvaluated, gate,
          List.of("."));
    }
    List<Finding> moved = findings.stream().map(f -> moveFinding(dir, f)).toList();
    Map<String, List<String>> movedChecked = new TreeMap<>();
    Map<String, String> prefixed = new java.util.HashMap<>(); // each address once: most rules examine the same ones
    for (Map.Entry<String, List<String>> e : checked.entrySet()) {
      List<String> addresses = new ArrayList<>(e.getValue().size());
      for (String a : e.getValue()) {
        String m = prefixed.get(a);
        if (m == null) {
          m = dir + ": " + a;
          prefixed.put(a, m);
        }
        addresses.add(m);
      }
      movedChecked.put(e.getKey(), List.copyOf(addresses)); // the constructor keeps an immutable list as it is
    }
    List<Suppressed> movedSuppressed = suppressed.stream().map(x -> new Suppressed(moveFinding(dir, x.finding()), x.kind(),
        x.reason(), x.kind().equals("inline") ? joined(dir, x.where()) : x.where())).toList();
    return new Report(moved, skipped, rules, notes.stream().map(n -> lineUnder(dir, n)).toList(),
        errors.stream().map(n -> lineUnder(dir, n)).toList(), movedChecked, movedSuppressed, wiring.under(dir),
        incomplete.stream().map(e -> IN_A_FILE.matcher(e).lookingAt() ? lineUnder(dir, e) : e).toList(),
        notEvaluated.stream().map(x -> new NotEvaluated(x.ruleId(), x.ruleName(), dir + ": " + x.subject(),
            under(dir, x.location()), x.reason())).toList(), gate, List.of(dir));
  }

  /** Placed under the root module's directory, and fingerprinted with it (one address in two roots is two findings). */
  private static Finding moveFinding(String dir, Finding f) {
    return f.inRoot(dir, under(dir, f.location()), f.related().stream().map(l -> under(dir, l)).toList(),
        f.use().map(l -> under(dir, l)));
  }

  private static Location under(String dir, Location l) {
    return l instanceof SourceLocation s
        ? new SourceLocation(joined(dir, s.file()), s.line()) : l;
  }

  /** A line of a root module's report under {@code dir}: the file it starts with ({@code main.tf:3: }) joined to it. */
  private static String lineUnder(String dir, String line) {
    java.util.regex.Matcher m = IN_A_FILE.matcher(line);
    return m.lookingAt() ? joined(dir, m.group(1)) + line.substring(m.end(1)) : dir + "/" + line;
  }

  /**
   * {@code file}, relative to root module {@code dir}, relative to where {@code dir} is: a module outside the root
   * ({@code ../../modules/app/main.tf} under {@code envs/prod}) is {@code modules/app/main.tf}, as the repository
   * names it, not {@code envs/prod/../../modules/app/main.tf}. A {@code ..} that climbs above it stays.
   */
  static String joined(String dir, String file) {
    if (file == null) {
      return dir + "/" + file; // as before: a location without a file
    }
    if (!file.startsWith("./") && !file.startsWith("../") && !file.contains("/./") && !file.contains("/../")) {
      return dir + "/" + file;
    }
    // normalised as SourcePaths does for SARIF and annotations: lexically, forward slashes on every system
    return java.nio.file.Path.of(dir, file).normalize().toString().replace('\\', '/');
  }

  /** One report for several root modules: all findings and notes; rules skipped or run in any of them; the roots. */
  public static Report combine(List<Report> reports) {
    List<Finding> findings = new ArrayList<>();
    Map<String, SkippedRule> skipped = new TreeMap<>();
    Map<String, RuleMetadata> rules = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Map<String, List<String>> checked = new TreeMap<>();
    List<Suppressed> suppressed = new ArrayList<>();
    List<Wiring.Node> nodes = new ArrayList<>();
    List<Wiring.Edge> edges = new ArrayList<>();
    java.util.Set<String> incomplete = new java.util.LinkedHashSet<>();
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    List<String> roots = new ArrayList<>();
    for (Report r : reports) {
      roots.addAll(r.roots);
      notEvaluated.addAll(r.notEvaluated);
      incomplete.addAll(r.incomplete);
      suppressed.addAll(r.suppressed);
      nodes.addAll(r.wiring.nodes());
      edges.addAll(r.wiring.edges());
      r.checked.forEach((k, v) -> checked.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
      findings.addAll(r.findings);
      r.skipped.forEach(s -> skipped.putIfAbsent(s.ruleId(), s));
      r.rules.forEach(m -> rules.putIfAbsent(m.id(), m));
      notes.addAll(r.notes);
      errors.addAll(r.errors);
    }
    return new Report(findings, List.copyOf(skipped.values()), List.copyOf(rules.values()), notes, errors, checked,
        suppressed, new Wiring(nodes, edges), List.copyOf(incomplete), notEvaluated, Gate.DEFAULT, roots);
  }

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  /** True if some finding is at or above {@code threshold}. */
  public boolean failsAt(Optional<Severity> threshold) {
    return threshold.isPresent() && findings.stream().anyMatch(f -> f.severity().atLeast(threshold.get()));
  }
}
