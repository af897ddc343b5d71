package io.vpcgate.cli;

import io.vpcgate.engine.Report;
import io.vpcgate.input.IoErrors;
import io.vpcgate.report.DocLinks;
import io.vpcgate.report.GithubReporter;
import io.vpcgate.report.JsonReporter;
import io.vpcgate.report.JunitReporter;
import io.vpcgate.report.MarkdownReporter;
import io.vpcgate.report.Reporter;
import io.vpcgate.report.SarifReporter;
import io.vpcgate.report.SourcePaths;
import io.vpcgate.report.TextReporter;
import io.vpcgate.report.ToolInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where one run's reports go: every {@code -f FORMAT=FILE} to its file, the one format without a file to
 * {@code --output} (or stdout when it is absent or {@code -}). One run renders every format from the same
 * report, so a pipeline gets SARIF, Markdown and annotations without checking three times.
 */
final class ReportOutputs {
  private final List<ReportTarget> targets;
  private final Optional<Path> output;
  private final boolean quiet;
  private final boolean color;
  private final DocLinks links;
  private final SourcePaths paths;

  /**
   * @param targets the -f options (validated: at most one without a file)
   * @param output --output, or empty for stdout
   * @param quiet the text report shrinks to its verdict line
   * @param color ANSI colour for a text report on stdout
   * @param links where the rule pages are, for see: lines and SARIF's helpUri
   * @param paths the checked directory against the repository root, for SARIF and annotations
   */
  ReportOutputs(List<ReportTarget> targets, Optional<Path> output, boolean quiet, boolean color, DocLinks links,
      SourcePaths paths) {
    this.targets = targets.isEmpty() ? List.of(ReportTarget.DEFAULT) : List.copyOf(targets);
    this.output = output;
    this.quiet = quiet;
    this.color = color;
    this.links = links;
    this.paths = paths;
  }

  /** Checks the combination before anything runs: the message of a usage error, if any. */
  static Optional<String> problem(List<ReportTarget> targets, Optional<Path> output) {
    long toDefault = targets.stream().filter(ReportTarget::toDefault).count();
    if (toDefault > 1) {
      return Optional.of("at most one -f/--format without =FILE (it goes to --output or stdout); give the others a file, "
          + "e.g. -f sarif=report.sarif");
    }
    if (output.isPresent() && !targets.isEmpty() && toDefault == 0) {
      return Optional.of("--output names the file of the one -f FORMAT without =FILE, and every -f here has its own file");
    }
    return Optional.empty();
  }

  /** Writes every report; when none went to stdout, the verdict line goes to {@code err} so a log shows the outcome. */
  void write(Report report, PrintWriter out, PrintWriter err) {
    boolean stdoutUsed = false;
    for (ReportTarget t : targets) {
      Optional<Path> file = t.file().or(() -> t.toDefault() ? output : Optional.empty());
      boolean toStdout = file.isEmpty();
      String text = render(t.format(), report, toStdout && color);
      if (toStdout) {
        out.print(text);
        out.flush();
        stdoutUsed = true;
      } else {
        writeFile(file.get(), text);
      }
    }
    if (!stdoutUsed) {
      err.println(TextReporter.verdictLine(report));
      err.flush();
    }
  }

  private String render(Format format, Report report, boolean paint) {
    if (format == Format.text && quiet) {
      return TextReporter.verdictLine(report) + "\n";
    }
    return reporter(format, paint).render(report);
  }

  private Reporter reporter(Format format, boolean paint) {
    return switch (format) {
      case text -> new TextReporter(paint, links);
      case json -> new JsonReporter(new ToolInfo("vpcgate", VersionProvider.version()));
      case sarif -> new SarifReporter(new ToolInfo("vpcgate", VersionProvider.version()), links, paths);
      case junit -> new JunitReporter(links);
      case markdown -> new MarkdownReporter();
      case github -> new GithubReporter(paths);
    };
  }

  private static void writeFile(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw IoErrors.writing(file, "the report", e);
    }
  }
}
