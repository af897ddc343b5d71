package io.vpcgate.input.terraform;

import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.HclSyntaxException;
import io.vpcgate.input.hcl.ModuleSources;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The root modules under a path: every directory holding .tf files, except hidden ones (such as
 * {@code .terraform}) and those another directory calls as a local module ({@code source =
 * "../modules/net"}), which are checked through their callers.
 */
public final class RootModules {
  private RootModules() {}

  public static List<Path> find(Path top) {
    if (!Files.isDirectory(top)) {
      throw new InputException(top + ": " + (Files.exists(top) ? "not a directory" : "no such directory"));
    }
    List<Path> candidates = new ArrayList<>();
    try {
      Files.walkFileTree(top, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(top) && name.startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (hasTf(dir)) {
            candidates.add(dir.normalize());
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new InputException(top + ": cannot walk directory: " + e.getMessage(), e);
    }
    // Every directory's files are read and those that call a module parsed: on a large repository that is a tenth
    // of the work, done before the checks start, so it runs on every core too. Errors are raised in directory
    // order, as when this ran one directory after another.
    List<Calls> calls = candidates.parallelStream().map(Calls::of).toList();
    Set<Path> called = new HashSet<>();
    for (Calls c : calls) {
      called.addAll(c.sources());
    }
    return candidates.stream().filter(d -> !called.contains(d)).sorted().toList();
  }

  /** The local module sources one directory calls, or the error that listing it raised. */
  private record Calls(Set<Path> found, InputException error) {
    static Calls of(Path dir) {
      try {
        return new Calls(localModuleSources(dir), null);
      } catch (InputException e) {
        return new Calls(Set.of(), e);
      }
    }

    Set<Path> sources() {
      if (error != null) {
        throw error;
      }
      return found;
    }
  }

  private static boolean hasTf(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> (p.getFileName().toString().endsWith(".tf") || p.getFileName().toString().endsWith(".tf.json"))
          && Files.isRegularFile(p));
    }
  }

  /** Directories this module calls with a local source; unparsable files are left to the check itself. */
  private static Set<Path> localModuleSources(Path dir) {
    Set<Path> out = new HashSet<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".tf") && Files.isRegularFile(p)).toList()) {
        List<String> sources;
        try {
          sources = ModuleSources.of(Files.readAllBytes(f)); // most files need no tokens here
        } catch (HclSyntaxException | IOException e) {
          continue;
        }
        sources.stream().filter(src -> src.startsWith("./") || src.startsWith("../"))
            .forEach(src -> out.add(dir.resolve(src).normalize()));
      }
    } catch (IOException e) {
      throw new InputException(dir + ": cannot list directory: " + e.getMessage(), e);
    }
    return out;
  }
}
