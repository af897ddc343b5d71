package io.vpcgate.engine;

import io.vpcgate.model.ResourceGraph;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where live state comes from when it is read rather than given as a snapshot: the Google Cloud
 * reader of the gcp-adapter (found with {@link java.util.ServiceLoader}, and loaded only when a
 * command asks for live state), or fake servers in tests. Only core types cross this boundary.
 */
public interface LiveSource {
  /**
   * Reads a project (and regions), or a Cloud Asset Inventory scope. {@code progress} receives a
   * line per call started and finished.
   */
  Result read(Query query, Consumer<String> progress);

  /**
   * What to read. {@code knownRegions}: Terraform's regions, read besides those the project turns
   * out to use (ignored when {@code regions} names them).
   */
  record Query(Optional<String> project, List<String> regions, Optional<String> assetScope, Set<String> knownRegions) {
    public Query {
      regions = List.copyOf(regions);
      knownRegions = Set.copyOf(knownRegions);
    }
  }

  /**
   * The live graph, what the read covered, what could not be read, notes for the report (an API not
   * enabled), the snapshot JSON of what was read (with its coverage), and what it took.
   */
  record Result(ResourceGraph graph, io.vpcgate.model.Coverage coverage, List<LiveGap> gaps, List<String> notes,
      String snapshot, int assets, int calls) {
    public Result {
      gaps = List.copyOf(gaps);
      notes = List.copyOf(notes);
    }
  }
}
