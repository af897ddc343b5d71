package io.vpcgate.engine;

import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Runs rules over the desired and live graphs and collects one {@link Report}. */
public final class Engine {
  private final List<Rule> rules;
  private final List<RuleMetadata> metadata;
  private final RuleSettings settings;
  private final java.util.Set<String> catalogue;
  private final boolean wiring;
  private final boolean examined;

  public Engine(List<Rule> rules) {
    this(rules, RuleSettings.DEFAULT);
  }

  public Engine(List<Rule> rules, RuleSettings settings) {
    this(rules, settings, java.util.Set.of());
  }

  /** {@code catalogue}: every rule ID the product knows, beyond those this engine runs (drift runs some). */
  public Engine(List<Rule> rules, RuleSettings settings, java.util.Set<String> catalogue) {
    this.rules = List.copyOf(rules);
    this.metadata = this.rules.stream().map(Rule::metadata).toList(); // annotations and pages, read once
    this.settings = settings;
    java.util.Set<String> ids = new java.util.TreeSet<>(catalogue);
    metadata.forEach(m -> ids.add(m.id()));
    this.catalogue = java.util.Set.copyOf(ids);
    this.wiring = true;
    this.examined = true;
  }

  private Engine(Engine e, boolean wiring, boolean examined) {
    this.rules = e.rules;
    this.metadata = e.metadata;
    this.settings = e.settings;
    this.catalogue = e.catalogue;
    this.wiring = wiring;
    this.examined = examined;
  }

  /**
   * This engine with reports that hold only what the run's reports read: the wiring diagram ({@link
   * Report#wiring()}) only when {@code wiring} (the Markdown report draws it), the resources each rule examined
   * ({@link Report#checked(String)}) only when {@code examined} (the JUnit report lists them as test cases). On a
   * large repository each costs a few percent of the check.
   */
  public Engine reporting(boolean wiring, boolean examined) {
    return new Engine(this, wiring, examined);
  }

  /** The rule IDs a suppression or setting may name. */
  public java.util.Set<String> catalogue() {
    return catalogue;
  }

  public Report run(ResourceGraph desired, Optional<LiveState> live, List<String> notes) {
    return run(desired, ResourceGraph.EMPTY, live, Optional.empty(), Optional.empty(), notes);
  }

  /**
   * {@code deleted}: what a plan deletes, so that its live twins are gone from the world after
   * deploy; {@code live}: the live graph with what it covered and what could not be read (a rule
   * that looks at a kind whose read failed is skipped, and the report is incomplete); {@code
   * lastApplied}: Terraform state as resources, for the drift rules; {@code planPrior}: the state
   * the plan was made against, evidence of what exists when nothing better was given.
   */
  public Report run(ResourceGraph desired, ResourceGraph deleted, Optional<LiveState> liveState,
      Optional<ResourceGraph> lastApplied, Optional<ResourceGraph> planPrior, List<String> notes) {
    RunInputs in = RunInputs.of(desired, deleted, liveState, lastApplied, planPrior);
    List<LiveGap> gaps = liveState.map(LiveState::gaps).orElse(List.of());
    List<Finding> findings = new ArrayList<>();
    List<SkippedRule> skipped = new ArrayList<>();
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    List<RuleMetadata> ran = new ArrayList<>();
    List<String> incomplete = new ArrayList<>(gaps.stream().map(LiveGap::message).toList());
    Map<String, List<String>> checked = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      RuleMetadata meta = metadata.get(i);
      Optional<String> skip = whySkipped(meta, in, gaps);
      if (skip.isPresent()) {
        skipped.add(new SkippedRule(meta.id(), meta.name(), skip.get()));
        continue;
      }
      ran.add(meta);
      if (examined) {
        checked.put(meta.id(), addressesOf(desired.resources(), meta));
      }
      Severity override = settings.severities().get(meta.id());
      List<Finding> found;
      RuleContext ctx = new RuleContext(meta, in);
      try {
        found = rule.check(ctx).toList();
      } catch (Exception | AssertionError | LinkageError | StackOverflowError e) {
        // A bug in one rule loses that rule's findings, never the others': the run is incomplete.
        ran.remove(meta);
        checked.remove(meta.id());
        String why = e instanceof RuleEvaluationException ? "could not be evaluated: " + e.getMessage()
            : "failed with " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + " (a bug in vpcgate: re-run with --debug and report it)";
        skipped.add(new SkippedRule(meta.id(), meta.name(), why, Optional.of(e)));
        incomplete.add("rule " + meta.id() + " " + meta.name() + " " + why);
        continue;
      }
      for (int k = 0; k < found.size(); k++) { // a loop: a stream's set-up per rule and root adds up
        findings.add(override == null ? found.get(k) : found.get(k).withSeverity(override));
      }
      notEvaluated.addAll(ctx.notEvaluated());
    }
    return new Report(findings, skipped, ran, notes, List.of(), checked, List.of(),
        wiring ? Wiring.of(desired, in.world(), findings) : Wiring.EMPTY, incomplete, notEvaluated);
  }

  /** The addresses of the resources {@code meta}'s rule judges (a loop: this runs for every rule and resource). */
  private static List<String> addressesOf(List<Resource> resources, RuleMetadata meta) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < resources.size(); i++) {
      if (meta.appliesTo(resources.get(i))) {
        out.add(resources.get(i).address());
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** Why {@code meta}'s rule cannot run with these inputs, or empty when it can. */
  private Optional<String> whySkipped(RuleMetadata meta, RunInputs in, List<LiveGap> gaps) {
    if (settings.disabled().contains(meta.id())) {
      return Optional.of("disabled by " + settings.source());
    }
    if (meta.needsLive() && in.live().isEmpty()) {
      return Optional.of("needs live state (--snapshot or --project)");
    }
    if (meta.requires().contains(Input.STATE) && in.lastApplied().isEmpty()) {
      return Optional.of("needs Terraform state (--state)");
    }
    if (meta.requires().contains(Input.PLAN) && in.desired().resources().stream().noneMatch(r -> r.origin().change().isKnown())) {
      return Optional.of("needs a Terraform plan (--plan)");
    }
    if (meta.requires().contains(Input.EXISTING) && in.existing().isEmpty()) {
      return Optional.of("needs what exists before this deploy: live state (--snapshot or --project), "
          + "Terraform state (--state) or a plan (--plan) made against it");
    }
    if (gaps.isEmpty()) {
      return Optional.empty(); // as the search below finds: asked per rule and root, a stream's set-up each time
    }
    return gaps.stream().filter(g -> meta.readsLive() && g.kinds().stream().anyMatch(meta.kinds()::contains)).findFirst()
        .map(g -> "live state incomplete: " + g.message());
  }
}
