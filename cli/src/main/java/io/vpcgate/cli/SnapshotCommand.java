package io.vpcgate.cli;

import io.vpcgate.engine.LiveSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vpcgate snapshot}: reads live state exactly as {@code check --project} does and writes
 * it as a Cloud Asset Inventory document, so that {@code check --snapshot F} sees the same world.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
    description = "Read a project's live state (read-only) and write it as a Cloud Asset Inventory snapshot.")
final class SnapshotCommand implements Callable<Integer>, ExitCodes {
  @Override
  public Set<ExitCode> exitCodes() {
    java.util.EnumSet<ExitCode> codes = java.util.EnumSet.copyOf(ALWAYS);
    codes.add(ExitCode.INPUT_ERROR);
    codes.add(ExitCode.INCOMPLETE);
    return codes;
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin LiveOptions liveOptions;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the snapshot.")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (!liveOptions.requested()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --project, --asset-scope or --asset-table (one of them)");
    }
    liveOptions.validate(spec.commandLine());
    java.io.PrintWriter err = spec.commandLine().getErr();
    LiveSource.Result read = liveOptions.read(Set.of(), Set.of(), err);
    try {
      Files.writeString(output, read.snapshot(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw io.vpcgate.input.IoErrors.writing(output, "the snapshot", e);
    }
    read.gaps().forEach(g -> err.println("vpcgate: " + g.message()));
    err.printf("vpcgate: wrote %d assets to %s (%d calls)%s%n", read.assets(), output, read.calls(),
        read.gaps().isEmpty() ? "" : "; " + read.gaps().size() + " could not be read");
    err.flush();
    return !read.gaps().isEmpty() && !liveOptions.allowIncomplete ? ExitCode.INCOMPLETE.code() : ExitCode.OK.code();
  }
}
