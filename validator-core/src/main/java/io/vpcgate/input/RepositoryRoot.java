package io.vpcgate.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository a directory belongs to: the nearest directory at or above it holding {@code .git} (a
 * directory, or a worktree's file). Module sources resolve against it, and reports name files from it.
 */
public final class RepositoryRoot {
  private RepositoryRoot() {}

  public static Optional<Path> of(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
