package io.vpcgate.engine;

import io.vpcgate.graph.WiringGraph;
import io.vpcgate.graph.WorldIndex;
import io.vpcgate.model.Coverage;
import io.vpcgate.model.ResourceGraph;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One run's evidence, shared by every rule's context: the desired graph, the live graph and what
 * its read covered, the world after deploy, the last-applied state (Terraform state; a plan's
 * prior state), what a plan deletes, and the per-run wiring graph and indexes, built on first use;
 * {@code shared}: what rules compute once per run and share (by key), such as custom rules' messages.
 */
record RunInputs(ResourceGraph desired, ResourceGraph deleted, Optional<ResourceGraph> live, Coverage coverage,
    ResourceGraph world, Optional<ResourceGraph> lastApplied, Optional<ResourceGraph> planPrior,
    Supplier<WiringGraph> wiring, Supplier<WorldIndex> index, Map<Object, Object> shared) {

  static RunInputs of(ResourceGraph desired, ResourceGraph deleted, Optional<LiveState> liveState,
      Optional<ResourceGraph> lastApplied, Optional<ResourceGraph> planPrior) {
    Optional<ResourceGraph> live = liveState.map(LiveState::graph);
    Coverage coverage = liveState.map(LiveState::coverage).orElse(Coverage.NONE);
    ResourceGraph world = live.map(l -> ResourceGraph.afterDeploy(l, desired, deleted)).orElse(desired);
    return new RunInputs(desired, deleted, live, coverage, world, lastApplied, planPrior,
        Memo.of(() -> WiringGraph.of(desired, world)), Memo.of(() -> WorldIndex.of(world)), new ConcurrentHashMap<>());
  }

  /** The best evidence of what exists before this deploy, if any. */
  Optional<Existing> existing() {
    return live.map(l -> new Existing(l, Existing.Source.LIVE))
        .or(() -> lastApplied.map(s -> new Existing(s, Existing.Source.STATE)))
        .or(() -> planPrior.map(p -> new Existing(p, Existing.Source.PLAN_PRIOR)));
  }
}
