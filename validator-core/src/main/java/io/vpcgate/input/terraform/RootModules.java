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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    // One walk lists every directory once: its .tf files are noted as it visits them (a link that resolves to a
    // regular file counts), so neither "does it hold .tf files" nor "which modules does it call" lists it again.
    List<Path> walked = new ArrayList<>();
    Map<Path, List<Path>> tfFiles = new HashMap<>();
    try {
      Files.walkFileTree(top, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(top) && name.startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          walked.add(dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if ((name.endsWith(".tf") || name.endsWith(".tf.json"))
              && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
            tfFiles.computeIfAbsent(file.getParent(), d -> new ArrayList<>()).add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new InputException(top + ": cannot walk directory: " + e.getMessage(), e);
    }
    List<Path> candidates = new ArrayList<>(); // in the walk's order, each with its .tf files
    List<List<Path>> files = new ArrayList<>();
    for (Path dir : walked) {
      List<Path> tf = tfFiles.get(dir);
      if (tf != null) {
        candidates.add(dir.normalize());
        files.add(tf);
      }
    }
    // Every directory's .tf files are read and those that call a module parsed: on a large repository that is a
    // tenth of the work, done before the checks start, so it runs on every core too.
    List<Set<Path>> calls = java.util.stream.IntStream.range(0, candidates.size()).parallel()
        .mapToObj(i -> localModuleSources(candidates.get(i), files.get(i))).toList();
    Set<Path> called = new HashSet<>();
    calls.forEach(called::addAll);
    return candidates.stream().filter(d -> !called.contains(d)).sorted().toList();
  }

  /**
   * Directories this module calls with a local source, from its {@code tfFiles} (.tf and .tf.json; the sources are
   * read from the .tf ones); unparsable files are left to the check itself.
   */
  private static Set<Path> localModuleSources(Path dir, List<Path> tfFiles) {
    Set<Path> out = new HashSet<>();
    for (Path f : tfFiles) {
      if (!f.getFileName().toString().endsWith(".tf")) {
        continue;
      }
      List<String> sources;
      try {
        sources = ModuleSources.of(Files.readAllBytes(f)); // most files need no tokens here
      } catch (HclSyntaxException | IOException e) {
        continue;
      }
      for (String src : sources) {
        if (src.startsWith("./") || src.startsWith("../")) {
          out.add(dir.resolve(src).normalize());
        }
      }
    }
    return out;
  }
}
