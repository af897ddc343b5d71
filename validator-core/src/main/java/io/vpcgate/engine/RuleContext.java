package io.vpcgate.engine;

import io.vpcgate.graph.WiringGraph;
import io.vpcgate.graph.WorldIndex;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Coverage;
import io.vpcgate.model.Field;
import io.vpcgate.model.Location;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule sees: the desired graph (Terraform), the live graph when given, and the world after
 * deploy (live overlaid with the desired changes; the desired graph alone when there is no live).
 */
public final class RuleContext {
  private final RuleMetadata rule;
  private final RunInputs in;
  private final List<NotEvaluated> notEvaluated = new ArrayList<>();

  RuleContext(RuleMetadata rule, RunInputs in) {
    this.rule = rule;
    this.in = in;
  }

  /** Indexes over the world after deploy (by network, project, region; ranges per network): built once per run. */
  public WorldIndex index() {
    return in.index().get();
  }

  /**
   * The workloads Terraform deploys, their egress routes and their bindings to data stores in the
   * world after deploy: built once per run, shared by every rule.
   */
  public WiringGraph wiring() {
    return in.wiring().get();
  }

  /**
   * The value under {@code key} for this run, computed by {@code compute} the first time any rule asks:
   * what several rules would otherwise each compute from the same run (custom rules: the graph's messages).
   * It must depend on the run's evidence only, never on the rule that asks.
   */
  public <T> T shared(Object key, Class<T> type, Supplier<T> compute) {
    return type.cast(in.shared().computeIfAbsent(key, k -> compute.get()));
  }

  /** What the live read covered: where a kind was not read, its absence proves nothing. */
  public Coverage coverage() {
    return in.coverage();
  }

  /**
   * Empty when the live read covered {@code kind} in {@code project} and {@code region}; else why
   * a judgement that needs it cannot be made ("no live Secret Manager secrets were read for project
   * acme"). An unknown project or region is never covered.
   */
  public Optional<String> notCovered(String kind, Optional<String> project, Optional<String> region) {
    String what = Kinds.named(kind).map(k -> k.title()).orElse(kind);
    String whats = what + (what.endsWith("s") ? "es" : "s"); // "global addresses"
    if (in.live().isEmpty()) {
      return Optional.of("needs live state (--snapshot or --project) to know the " + whats + " that exist");
    }
    if (project.isEmpty()) {
      return Optional.of("the project is not known before apply, so its live " + whats + " cannot be looked up");
    }
    if (in.coverage().covers(kind, project.get(), region.orElse(Coverage.ALL_REGIONS))) {
      return Optional.empty();
    }
    return Optional.of("no live " + what + " data was read for project " + project.get()
        + region.filter(r -> !r.equals("global") && !r.equals(Coverage.ALL_REGIONS)).map(r -> " in " + r).orElse(""));
  }

  /** Records that this rule could not judge {@code subject}, and why; it is reported, never passed. */
  public void notEvaluated(Resource subject, Location at, String reason) {
    notEvaluated.add(new NotEvaluated(rule.id(), rule.name(), subject.address(), at, reason));
  }

  List<NotEvaluated> notEvaluated() {
    return List.copyOf(notEvaluated);
  }

  /** What the last apply made true (Terraform state), when given: drift is live differing from it. */
  public Optional<ResourceGraph> lastApplied() {
    return in.lastApplied();
  }

  /**
   * What exists before this deploy, from the best evidence given (live, else Terraform state, else
   * the plan's prior state); a finding judged from last-applied evidence says so.
   */
  public Optional<Existing> existing() {
    return in.existing();
  }

  public ResourceGraph desired() {
    return in.desired();
  }

  /** What the plan deletes, as it is before apply; empty without a plan. */
  public ResourceGraph deleted() {
    return in.deleted();
  }

  public Optional<ResourceGraph> live() {
    return in.live();
  }

  public ResourceGraph world() {
    return in.world();
  }

  /**
   * A finding about {@code resource}, located where its Terraform type writes {@code field} (or the
   * nearest enclosing attribute that is written, else the block; a live resource: the resource).
   */
  public Finding.Builder finding(Resource resource, Field field) {
    return new Finding.Builder(rule, resource.address(), at(resource, field), field.name());
  }

  /** Where {@code field} of {@code resource} is written. */
  public static Location at(Resource resource, Field field) {
    return Kinds.path(resource, field).map(p -> resource.origin().at(p)).orElse(resource.origin().location());
  }

  /**
   * Whether the configuration sets {@code field} (empty when the origin does not know what was
   * configured: a live resource, or a plan without its configuration).
   */
  public static Optional<Boolean> configured(Resource resource, Field field) {
    Optional<String> path = Kinds.path(resource, field);
    return path.isEmpty() ? Optional.of(false) : resource.origin().configured(path.get());
  }

  /** Whether {@code lifecycle { ignore_changes }} covers {@code field} of {@code resource}. */
  public static boolean ignoresChanges(Resource resource, Field field) {
    return Kinds.path(resource, field).map(p -> resource.origin().ignoresChanges(p)).orElse(false);
  }

  public Finding.Builder finding(Resource resource, Location at) {
    return new Finding.Builder(rule, resource.address(), at, pathAt(resource, at));
  }

  /** Whether one of {@code paths} is {@code e}'s path or its value's ({@code e.valuePath()}, not built per variable). */
  private static boolean namesVariable(List<String> paths, io.vpcgate.model.EnvVar e) {
    String path = e.path();
    for (String p : paths) {
      if (p.startsWith(path) && (p.length() == path.length() || p.equals(e.valuePath()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a finding located at {@code at} is about, stable across edits: an env variable by its name
   * ({@code env:REDIS_HOST}), else the one attribute written there, without list positions; nothing
   * when several attributes share the location (a plan without its HCL locates them all at the block).
   */
  private static String pathAt(Resource resource, Location at) {
    List<String> paths = new java.util.ArrayList<>(2); // asked for every finding: a loop over the attributes
    for (java.util.Map.Entry<String, Location> e : resource.origin().attributes().entrySet()) {
      if (e.getValue().equals(at)) {
        paths.add(e.getKey());
      }
    }
    if (paths.isEmpty()) {
      return "";
    }
    if (resource instanceof io.vpcgate.model.Workload w) {
      for (io.vpcgate.model.EnvVar e : w.env()) {
        if (namesVariable(paths, e)) {
          return "env:" + e.name().known().orElse("?");
        }
      }
    }
    List<String> distinct = paths.stream().map(p -> p.replaceAll("\\[\\d+\\]", "")).distinct().toList();
    // One attribute, or a block and what its line also opens (a chain of nested paths): the deepest.
    boolean oneChain = distinct.stream().allMatch(p -> distinct.stream().allMatch(q -> q.startsWith(p) || p.startsWith(q)));
    return oneChain ? distinct.stream().max(java.util.Comparator.comparingInt(String::length)).orElse("") : "";
  }
}
