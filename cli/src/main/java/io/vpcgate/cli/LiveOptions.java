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

/** The options that read live state from Google Cloud, shared by check, drift and snapshot. */
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

  @Option(names = "--allow-incomplete",
      description = "Do not fail (exit 5) when the run is incomplete (some live state could not be read, a rule failed); "
          + "what could not be judged is still skipped and listed.")
  boolean allowIncomplete;

  /** Where live state comes from: Google Cloud, found when first needed; tests connect to fake servers (see Main). */
  Supplier<LiveSource> source = LiveSources::google;

  /** Whether live state is asked for. */
  boolean requested() {
    return project != null || assetScope != null;
  }

  void validate(CommandLine cmd) {
    if (project != null && assetScope != null) {
      throw new CommandLine.ParameterException(cmd, "give --project or --asset-scope, not both");
    }
    if (!regions.isEmpty() && project == null) {
      throw new CommandLine.ParameterException(cmd, "--region needs --project");
    }
    if (assetScope != null && !assetScope.matches("(organizations|folders|projects)/[A-Za-z0-9._:-]+")) {
      throw new CommandLine.ParameterException(cmd,
          "--asset-scope must be organizations/NUMBER, folders/NUMBER or projects/ID, got '" + assetScope + "'");
    }
  }

  /** Reads live state; a line per call on {@code err} when a person is watching a terminal. */
  LiveSource.Result read(Set<String> knownRegions, PrintWriter err) {
    boolean terminal = System.console() != null;
    return source.get().read(new LiveSource.Query(Optional.ofNullable(project), regions, Optional.ofNullable(assetScope),
        knownRegions), line -> {
          if (terminal) {
            err.println("vpcgate: " + line);
            err.flush();
          }
        });
  }
}
