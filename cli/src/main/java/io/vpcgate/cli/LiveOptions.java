package io.vpcgate.cli;

import io.vpcgate.engine.LiveSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that read live state from Google Cloud, shared by check, drift, audit and snapshot. */
final class LiveOptions {
  @Option(names = "--project", paramLabel = "P",
      description = "Read live state from this Google Cloud project (Application Default Credentials, read-only).")
  String project;

  @Option(names = "--region", paramLabel = "R",
      description = "With --project: read only these regions (repeatable; default: every region the project and the "
          + "Terraform use).")
  List<String> regions = new ArrayList<>();

  @Option(names = "--asset-scope", paramLabel = "SCOPE",
      description = "Read live state through Cloud Asset Inventory: organizations/N, folders/N or projects/P.")
  String assetScope;

  @Option(names = "--asset-table", paramLabel = "PROJECT.DATASET.TABLE",
      description = "Read live state from a Cloud Asset Inventory export in BigQuery (gcloud asset export "
          + "--bigquery-table, one table or the prefix of --per-asset-type tables), with one read-only query.")
  String assetTable;

  @Option(names = "--allow-incomplete",
      description = "Do not fail (exit 5) when the run is incomplete (some live state could not be read, a rule failed); "
          + "what could not be judged is still skipped and listed.")
  boolean allowIncomplete;

  /** Where live state comes from: Google Cloud, found when first needed; tests connect to fake servers (see Main). */
  Supplier<LiveSource> source = LiveSources::google;

  /** Whether live state is asked for. */
  boolean requested() {
    return project != null || assetScope != null || assetTable != null;
  }

  void validate(CommandLine cmd) {
    if ((project != null ? 1 : 0) + (assetScope != null ? 1 : 0) + (assetTable != null ? 1 : 0) > 1) {
      throw new CommandLine.ParameterException(cmd, "give one of --project, --asset-scope and --asset-table");
    }
    if (assetTable != null && !LiveSource.ASSET_TABLE.matcher(assetTable).matches()) {
      throw new CommandLine.ParameterException(cmd,
          "--asset-table must be PROJECT.DATASET.TABLE (a BigQuery table, or the prefix of per-asset-type tables), got '"
              + assetTable + "'");
    }
    if (!regions.isEmpty() && project == null) {
      throw new CommandLine.ParameterException(cmd, "--region needs --project");
    }
    if (assetScope != null && !assetScope.matches("(organizations|folders|projects)/[A-Za-z0-9._:-]+")) {
      throw new CommandLine.ParameterException(cmd,
          "--asset-scope must be organizations/NUMBER, folders/NUMBER or projects/ID, got '" + assetScope + "'");
    }
  }

  /**
   * Reads live state; a line per call on {@code err} when a person is watching a terminal, and the
   * read's messages (what BigQuery scanned) always. {@code knownProjects}: the only projects an asset
   * table is asked for (none: all).
   */
  LiveSource.Result read(Set<String> knownRegions, Set<String> knownProjects, PrintWriter err) {
    boolean terminal = System.console() != null;
    LiveSource.Result read = source.get().read(new LiveSource.Query(Optional.ofNullable(project), regions,
        Optional.ofNullable(assetScope), knownRegions, Optional.ofNullable(assetTable), knownProjects), line -> {
          if (terminal) {
            err.println("vpcgate: " + line);
            err.flush();
          }
        });
    read.messages().forEach(m -> err.println("vpcgate: " + m));
    err.flush();
    return read;
  }
}
