package io.vpcgate.cli;

import io.vpcgate.config.VpcgateConfig;
import io.vpcgate.input.RepositoryRoot;
import io.vpcgate.report.DocLinks;
import io.vpcgate.report.SourcePaths;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What reports need from outside the report: where rule pages are (a {@code docs-url} in
 * {@code .vpcgate.yml}, else the repository a release was built from, at its tag), and where the
 * repository root is, so that SARIF and annotations name files as code scanning resolves them.
 */
final class ReportContext {
  private ReportContext() {}

  static DocLinks links(VpcgateConfig settings) {
    Optional<String> base = settings.docsUrl().or(() -> VersionProvider.release().flatMap(v ->
        VersionProvider.repository().map(repo -> repo.replaceAll("/+$", "") + "/blob/v" + v + "/docs/rules/")));
    return new DocLinks(base, VersionProvider.release());
  }

  /**
   * The checked directory against the repository root: the nearest parent holding {@code .git}; outside a
   * repository, the working directory when the checked directory is inside it (a CI job runs from the
   * checkout); else the checked directory itself.
   */
  static SourcePaths paths(Path checked) {
    Path dir = checked.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path root = RepositoryRoot.of(dir).orElse(dir.startsWith(cwd) ? cwd : dir);
    String prefix = root.relativize(dir).toString().replace('\\', '/');
    String uri = root.toUri().toString();
    return new SourcePaths(prefix, Optional.of(uri.endsWith("/") ? uri : uri + "/"));
  }
}
