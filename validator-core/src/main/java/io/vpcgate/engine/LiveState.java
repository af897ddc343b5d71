package io.vpcgate.engine;

import io.vpcgate.model.Coverage;
import io.vpcgate.model.FunctionServices;
import io.vpcgate.model.ResourceGraph;
import java.util.List;

/**
 * The live project as one run saw it: its resources, what the read covered (kinds by project and
 * region: what is absent there does not exist), what could not be read (each gap makes the run
 * incomplete) and notes for the report (an API not enabled).
 */
public record LiveState(ResourceGraph graph, Coverage coverage, List<LiveGap> gaps, List<String> notes) {
  public LiveState {
    graph = FunctionServices.folded(graph);
    gaps = List.copyOf(gaps);
    notes = List.copyOf(notes);
  }

  public static LiveState of(ResourceGraph graph, Coverage coverage) {
    return new LiveState(graph, coverage, List.of(), List.of());
  }
}
