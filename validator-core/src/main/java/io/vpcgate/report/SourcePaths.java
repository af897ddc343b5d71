package io.vpcgate.report;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How report paths resolve from where they are read: a finding's file is relative to the checked
 * directory, and code scanning and annotations resolve paths from the repository root. {@code prefix}
 * is the checked directory relative to that root ({@code infra/envs/staging}, empty when they are the
 * same); {@code rootUri}, when known, the root as an absolute {@code file:} URI ending in {@code /}.
 */
public record SourcePaths(String prefix, Optional<String> rootUri) {

  /** Paths as they are: relative to the checked directory, which is taken to be the root. */
  public static final SourcePaths AS_CHECKED = new SourcePaths("", Optional.empty());

  /** {@code file} (relative to the checked directory) relative to the root, normalised, forward slashes. */
  public String fromRoot(String file) {
    Path p = prefix.isEmpty() ? Path.of(file) : Path.of(prefix, file);
    return p.normalize().toString().replace('\\', '/');
  }
}
