package io.vpcgate.input.snapshot;

import io.vpcgate.model.Coverage;
import io.vpcgate.model.ResourceGraph;

/** A snapshot as read: the live graph, what it covered, and notes on how it was read. */
public record Snapshot(ResourceGraph graph, Coverage coverage, java.util.List<String> notes) {
  public Snapshot {
    notes = java.util.List.copyOf(notes);
  }
}
