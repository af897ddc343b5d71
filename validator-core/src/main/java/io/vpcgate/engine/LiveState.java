package io.vpcgate.engine;

import io.vpcgate.model.ResourceGraph;
import java.util.List;

/**
 * The live project as one run saw it: its resources, what could not be read (each gap makes the
 * run incomplete) and notes for the report (an API not enabled).
 */
public record LiveState(ResourceGraph graph, List<LiveGap> gaps, List<String> notes) {
  public LiveState {
    gaps = List.copyOf(gaps);
    notes = List.copyOf(notes);
  }

  public static LiveState of(ResourceGraph graph) {
    return new LiveState(graph, List.of(), List.of());
  }
}
