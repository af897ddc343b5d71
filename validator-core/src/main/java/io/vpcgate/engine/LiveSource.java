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
   * What to read: a project, a Cloud Asset Inventory scope, or a Cloud Asset Inventory export in
   * BigQuery ({@code assetTable}, PROJECT.DATASET.TABLE). {@code knownRegions}: Terraform's regions,
   * read besides those the project turns out to use (ignored when {@code regions} names them).
   * {@code knownProjects}: Terraform's projects, the only ones an asset table is asked for (none:
   * the whole table).
   */
  record Query(Optional<String> project, List<String> regions, Optional<String> assetScope, Set<String> knownRegions,
      Optional<String> assetTable, Set<String> knownProjects) {
    public Query {
      regions = List.copyOf(regions);
      knownRegions = Set.copyOf(knownRegions);
      knownProjects = Set.copyOf(knownProjects);
    }

    public Query(Optional<String> project, List<String> regions, Optional<String> assetScope, Set<String> knownRegions) {
      this(project, regions, assetScope, knownRegions, Optional.empty(), Set.of());
    }
  }

  /**
   * The live graph, what the read covered, what could not be read, notes for the report (an API not
   * enabled), the snapshot JSON of what was read (with its coverage), what it took, and lines for the
   * person running it whether or not a terminal is watching (what BigQuery scanned, which is billed).
   */
  record Result(ResourceGraph graph, io.vpcgate.model.Coverage coverage, List<LiveGap> gaps, List<String> notes,
      String snapshot, int assets, int calls, List<String> messages) {
    public Result {
      gaps = List.copyOf(gaps);
      notes = List.copyOf(notes);
      messages = List.copyOf(messages);
    }

    public Result(ResourceGraph graph, io.vpcgate.model.Coverage coverage, List<LiveGap> gaps, List<String> notes,
        String snapshot, int assets, int calls) {
      this(graph, coverage, gaps, notes, snapshot, assets, calls, List.of());
    }
  }
}
