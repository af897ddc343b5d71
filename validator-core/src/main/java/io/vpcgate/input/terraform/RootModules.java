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
import java.util.LinkedHashMap;
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
    // Directories in the walk's order, each with its .tf files.
    Map<Path, List<Path>> tfFiles = new LinkedHashMap<>();
    try {
      Files.walkFileTree(top, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(top) && name.startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          tfFiles.put(dir, new ArrayList<>());
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          List<Path> in = tfFiles.get(file.getParent()); // none for a start that is no directory (a link to one)
          if (in != null && ModuleFiles.isConfiguration(file.getFileName().toString())
              && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
            in.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new InputException(top + ": cannot walk directory: " + e.getMessage(), e);
    }
    List<Map.Entry<Path, List<Path>>> modules =
        tfFiles.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
    // Every directory's .tf files are read and those that call a module parsed: on a large repository that is a
    // tenth of the work, done before the checks start, so it runs on every core too.
    List<Set<Path>> calls = modules.parallelStream().map(e -> localModuleSources(e.getKey().normalize(), e.getValue()))
        .toList();
    Set<Path> called = new HashSet<>();
    calls.forEach(called::addAll);
    return modules.stream().map(e -> e.getKey().normalize()).filter(d -> !called.contains(d)).sorted().toList();
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
