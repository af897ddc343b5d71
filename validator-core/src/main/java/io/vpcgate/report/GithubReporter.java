package io.vpcgate.report;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.model.Location;

/**
 * GitHub Actions workflow commands: {@code ::error file=F,line=N,title=T::message}, one per
 * finding, so findings appear as annotations on the .tf lines of a pull request. Files are named from
 * the repository root ({@link SourcePaths}), as annotations resolve them.
 */
public final class GithubReporter implements Reporter {
  private final SourcePaths paths;

  /** {@code pathPrefix}: the checked directory relative to the repository root. */
  public GithubReporter(String pathPrefix) {
    this(new SourcePaths(pathPrefix, java.util.Optional.empty()));
  }

  public GithubReporter(SourcePaths paths) {
    this.paths = paths;
  }

  @Override
  public String render(Report report) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : report.findings()) {
      String command = switch (f.severity()) {
        case BLOCKING -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      sb.append("::").append(command).append(' ');
      if (f.location() instanceof Location.SourceLocation s) {
        sb.append("file=").append(property(paths.fromRoot(s.file()))).append(",line=").append(s.line()).append(',');
      }
      sb.append("title=").append(property(f.ruleId() + " " + f.ruleName())).append("::")
          .append(data((f.location() instanceof Location.SourceLocation ? "" : f.subject() + ": ") + f.message()
              + "\nfix: " + f.remediation()))
          .append('\n');
    }
    for (String e : report.errors()) {
      sb.append("::error title=vpcgate input error::").append(data(e)).append('\n');
    }
    for (String e : report.incomplete()) {
      sb.append("::error title=vpcgate incomplete::").append(data(e)).append('\n');
    }
    for (String note : report.notes()) {
      sb.append("::notice title=vpcgate not evaluated::").append(data(note)).append('\n');
    }
    for (io.vpcgate.engine.NotEvaluated n : report.notEvaluated()) {
      sb.append("::notice ");
      if (n.location() instanceof Location.SourceLocation s) {
        sb.append("file=").append(property(paths.fromRoot(s.file()))).append(",line=").append(s.line()).append(',');
      }
      sb.append("title=").append(property(n.ruleId() + " " + n.ruleName() + " not evaluated")).append("::")
          .append(data(n.subject() + ": " + n.reason())).append('\n');
    }
    sb.append(TextReporter.verdictLine(report)).append('\n');
    return sb.toString();
  }

  /** Escaping for the message part of a workflow command. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping for a property value (file, title). */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
