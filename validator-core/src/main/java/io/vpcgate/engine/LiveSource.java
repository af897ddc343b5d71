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
   * How {@code --asset-table} names a BigQuery table: a project id (optionally with its organisation's domain,
   * {@code example.com:proj}), a dataset (letters, digits, underscores) and a table (letters, marks, digits,
   * connectors, dashes); the groups are the three parts. The CLI checks it before the reader is loaded.
   */
  java.util.regex.Pattern ASSET_TABLE = java.util.regex.Pattern.compile(
      "((?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9])\\.([A-Za-z0-9_]{1,1024})\\.([\\p{L}\\p{M}\\p{N}\\p{Pc}\\p{Pd}]{1,1024})");

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
