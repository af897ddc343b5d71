package io.driftgate.cli;

import io.driftgate.engine.LiveSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code driftgate snapshot}: reads live state exactly as {@code check --project} does and writes
 * it as a Cloud Asset Inventory document, so that {@code check --snapshot F} sees the same world.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
    description = "Read a project's live state (read-only) and write it as a Cloud Asset Inventory snapshot.")
final class SnapshotCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--project", paramLabel = "P", description = "The Google Cloud project to read.")
  String project;

  @Option(names = "--region", paramLabel = "R", description = "Read only these regions (repeatable).")
  List<String> regions = new ArrayList<>();

  @Option(names = "--asset-scope", paramLabel = "SCOPE",
      description = "Read through Cloud Asset Inventory instead: organizations/N, folders/N or projects/P.")
  String assetScope;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the snapshot.")
  Path output;

  @Option(names = "--allow-incomplete", description = "Exit 0 even when some live state could not be read.")
  boolean allowIncomplete;

  java.util.function.Supplier<LiveSource> liveSource = LiveSources::google;

  @Override
  public Integer call() throws Exception {
    if ((project == null) == (assetScope == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --project or --asset-scope (one of them)");
    }
    if (!regions.isEmpty() && project == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--region needs --project");
    }
    java.io.PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    LiveSource.Result read = liveSource.get().read(new LiveSource.Query(Optional.ofNullable(project), regions,
        Optional.ofNullable(assetScope), Set.of()), line -> {
          if (terminal) {
            err.println("driftgate: " + line);
          }
        });
    try {
      Files.writeString(output, read.snapshot(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new io.driftgate.input.InputException(output + ": cannot write the snapshot: " + e.getMessage(), e);
    }
    read.gaps().forEach(g -> err.println("driftgate: " + g.message()));
    err.printf("driftgate: wrote %d assets to %s (%d calls)%s%n", read.assets(), output, read.calls(),
        read.gaps().isEmpty() ? "" : "; " + read.gaps().size() + " could not be read");
    err.flush();
    return !read.gaps().isEmpty() && !allowIncomplete ? ExitCode.INCOMPLETE.code() : ExitCode.OK.code();
  }
}
