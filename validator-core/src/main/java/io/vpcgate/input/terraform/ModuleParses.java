package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.Body;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parsed files of the local modules that lie outside the root modules calling them
 * ({@code source = "../../modules/net"}), kept for a recursive check's run: every root that calls such a
 * module reads the same files, so each is read and parsed once a run, not once per root. A parse is
 * kept only when it succeeded (an error is made again, naming the file as each root shows it); a module
 * inside a root's own directory (its {@code .terraform/modules} too) is that root's alone, and not kept.
 */
public final class ModuleParses {
  /** None: every file is parsed when it is read. */
  public static final ModuleParses NONE = new ModuleParses();

  /** A file's syntax tree, and whether its text holds a suppression comment's mark. */
  record Parsed(Body body, boolean mentionsSuppression) {}

  private final Map<Path, Parsed> byFile = new ConcurrentHashMap<>();

  /** {@code file}'s parse, by its absolute normalized path; null when it has not been kept. */
  Parsed get(Path file) {
    return byFile.get(file);
  }

  void put(Path file, Parsed parsed) {
    if (this != NONE) {
      byFile.putIfAbsent(file, parsed);
    }
  }
}
