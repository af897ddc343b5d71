package io.vpcgate.engine;

import io.vpcgate.graph.WiringGraph;
import io.vpcgate.graph.WorldIndex;
import io.vpcgate.model.Coverage;
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
  private final RuleSettings settings;

  public Engine(List<Rule> rules) {
    this(rules, RuleSettings.DEFAULT);
  }

  public Engine(List<Rule> rules, RuleSettings settings) {
    this.rules = List.copyOf(rules);
    this.settings = settings;
  }

  public Report run(ResourceGraph desired, Optional<LiveState> live, List<String> notes) {
    return run(desired, ResourceGraph.EMPTY, live, Optional.empty(), notes);
  }

  /**
   * {@code deleted}: what a plan deletes, so that its live twins are gone from the world after
   * deploy; {@code live}: the live graph with what it covered and what could not be read (a rule
   * that looks at a kind whose read failed is skipped, and the report is incomplete); {@code
   * lastApplied}: Terraform state as resources, for the drift rules.
   */
  public Report run(ResourceGraph desired, ResourceGraph deleted, Optional<LiveState> liveState,
      Optional<ResourceGraph> lastApplied, List<String> notes) {
    Optional<ResourceGraph> live = liveState.map(LiveState::graph);
    Coverage coverage = liveState.map(LiveState::coverage).orElse(Coverage.NONE);
    List<LiveGap> gaps = liveState.map(LiveState::gaps).orElse(List.of());
    ResourceGraph world = live.map(l -> ResourceGraph.afterDeploy(l, desired, deleted)).orElse(desired);
    List<Finding> findings = new ArrayList<>();
    List<SkippedRule> skipped = new ArrayList<>();
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    List<RuleMetadata> ran = new ArrayList<>();
    List<String> incomplete = new ArrayList<>(gaps.stream().map(LiveGap::message).toList());
    Map<String, List<String>> checked = new LinkedHashMap<>();
    java.util.function.Supplier<WiringGraph> wiring = memo(() -> WiringGraph.of(desired, world));
    java.util.function.Supplier<WorldIndex> index = memo(() -> WorldIndex.of(world));
    for (Rule rule : rules) {
      RuleMetadata meta = RuleMetadata.of(rule);
      if (settings.disabled().contains(meta.id())) {
        skipped.add(new SkippedRule(meta.id(), meta.name(), "disabled by " + settings.source()));
        continue;
      }
      if (meta.needsLive() && live.isEmpty()) {
        skipped.add(new SkippedRule(meta.id(), meta.name(), "needs live state (--snapshot)"));
        continue;
      }
      if (meta.requires().contains(Input.STATE) && lastApplied.isEmpty()) {
        skipped.add(new SkippedRule(meta.id(), meta.name(), "needs Terraform state (--state)"));
        continue;
      }
      Optional<LiveGap> gap = gaps.stream()
          .filter(g -> g.kinds().stream().anyMatch(meta.kinds()::contains)).findFirst();
      if (gap.isPresent()) {
        skipped.add(new SkippedRule(meta.id(), meta.name(), "live state incomplete: " + gap.get().message()));
        continue;
      }
      ran.add(meta);
      checked.put(meta.id(), desired.resources().stream().filter(meta::appliesTo).map(Resource::address).toList());
      Severity override = settings.severities().get(meta.id());
      List<Finding> found;
      RuleContext ctx = new RuleContext(meta, desired, live, world, lastApplied, coverage, wiring, index);
      try {
        found = rule.check(ctx).toList();
      } catch (RuntimeException | StackOverflowError e) {
        // A bug in one rule loses that rule's findings, never the others': the run is incomplete.
        ran.remove(meta);
        checked.remove(meta.id());
        String why = "failed with " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + " (a bug in vpcgate: re-run with --debug and report it)";
        skipped.add(new SkippedRule(meta.id(), meta.name(), why, Optional.of(e)));
        incomplete.add("rule " + meta.id() + " " + meta.name() + " " + why);
        continue;
      }
      found.stream().map(f -> override == null ? f : f.withSeverity(override)).forEach(findings::add);
      notEvaluated.addAll(ctx.notEvaluated());
    }
    return new Report(findings, skipped, ran, notes, List.of(), checked, List.of(), Wiring.of(desired, world, findings),
        incomplete, notEvaluated);
  }

  /** Computes once, on first use (a run that runs no wiring rule never builds the graph). */
  private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> compute) {
    return new java.util.function.Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = compute.get();
        }
        return value;
      }
    };
  }
}
