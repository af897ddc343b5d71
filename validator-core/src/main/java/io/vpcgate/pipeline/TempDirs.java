package io.vpcgate.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a temporary directory (fixtures written out for a run) with everything in it. */
public final class TempDirs {
  private TempDirs() {}

  /** Deletes {@code dir} and its contents; null is nothing to do, and what cannot be deleted is left. */
  public static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing a run for
    }
  }
}
