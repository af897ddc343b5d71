package io.vpcgate.input.terraform;

import io.vpcgate.input.InputException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The root modules under a path: every directory holding .tf files, except hidden ones (such as
 * {@code .terraform}) and those another directory calls as a local module ({@code source =
 * "../modules/net"}), which are checked through their callers.
 */
public final class RootModules {
  private RootModules() {}

  /**
   * The root modules, sorted, from a scan of every candidate's .tf files. A recursive check finds the same from
   * its checks' own parses (each reads a directory's files once); this is the plain definition it is tested against.
   */
  public static List<Path> find(Path top) {
    Map<Path, List<Path>> modules = candidates(top);
    List<Set<Path>> calls = modules.entrySet().parallelStream().map(e -> localModuleSources(e.getKey(), e.getValue()))
        .toList();
    Set<Path> called = new HashSet<>();
    calls.forEach(called::addAll);
    return modules.keySet().stream().filter(d -> !called.contains(d)).sorted().toList();
  }

  /**
   * Every directory under {@code top} that holds .tf or .tf.json files (hidden ones and their subtrees aside),
   * normalized, in the walk's order, with those files: the root modules and the modules they call, which only
   * their .tf files' module blocks tell apart ({@link #localModuleSources}).
   */
  public static Map<Path, List<Path>> candidates(Path top) {
    return candidates(top, (dir, files) -> {}, DirectoryListings.NONE);
  }

  /**
   * The same, handing each directory to {@code each} as soon as the walk has seen all its files, and putting every
   * directory it lists into {@code listings} first (unless {@code top} holds a {@code ..}: see {@link
   * DirectoryListings}).
   */
  public static Map<Path, List<Path>> candidates(Path top, BiConsumer<Path, List<Path>> each,
      DirectoryListings listings) {
    if (!Files.isDirectory(top)) {
      throw new InputException(top + ": " + (Files.exists(top) ? "not a directory" : "no such directory"));
    }
    boolean listed = listings != DirectoryListings.NONE && !hasParentStep(top);
    // One walk lists every directory once: its .tf files are noted as it visits them (a link that resolves to a
    // regular file counts), so neither "does it hold .tf files" nor "which modules does it call" lists it again,
    // and neither does the check of a module in it. Directories in the walk's order, each with its .tf files.
    Map<Path, List<Path>> tfFiles = new LinkedHashMap<>();
    Map<Path, Map<Path, BasicFileAttributes>> entries = new HashMap<>(); // by directory: what the walk saw in it
    try {
      Files.walkFileTree(top, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          seen(dir, attrs);
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(top) && name.startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          tfFiles.put(dir, new ArrayList<>());
          if (listed) {
            entries.put(dir, new HashMap<>());
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          seen(file, attrs);
          List<Path> in = tfFiles.get(file.getParent()); // none for a start that is no directory (a link to one)
          if (in != null && ModuleFiles.isConfiguration(file.getFileName().toString())
              && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
            in.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          Path normalized = dir.normalize();
          if (listed) {
            listings.put(normalized, listing(normalized, entries.remove(dir)));
          }
          List<Path> files = tfFiles.get(dir);
          if (!files.isEmpty()) {
            each.accept(normalized, files);
          }
          return FileVisitResult.CONTINUE;
        }

        private void seen(Path entry, BasicFileAttributes attrs) {
          Map<Path, BasicFileAttributes> in = entry.getParent() == null ? null : entries.get(entry.getParent());
          if (in != null) {
            in.put(entry, attrs);
          }
        }
      });
    } catch (IOException e) {
      throw new InputException(top + ": cannot walk directory: " + e.getMessage(), e);
    }
    Map<Path, List<Path>> modules = new LinkedHashMap<>();
    tfFiles.forEach((dir, files) -> {
      if (!files.isEmpty()) {
        modules.put(dir.normalize(), files);
      }
    });
    return modules;
  }

  /** A directory's entries as a listing of it names them (its normalized path, resolved), sorted as one is. */
  private static DirectoryListings.Listing listing(Path normalized, Map<Path, BasicFileAttributes> walked) {
    Map<Path, BasicFileAttributes> attributes = new HashMap<>();
    walked.forEach((entry, attrs) -> attributes.put(normalized.resolve(entry.getFileName()), attrs));
    List<Path> sorted = new ArrayList<>(attributes.keySet());
    java.util.Collections.sort(sorted);
    return new DirectoryListings.Listing(List.copyOf(sorted), attributes);
  }

  private static boolean hasParentStep(Path p) {
    for (Path name : p) {
      if (name.toString().equals("..")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Directories the module in {@code dir} calls with a local source, read from its {@code tfFiles} (.tf and .tf.json;
   * the sources are read from the .tf ones); unparsable files are left to the check itself.
   */
  public static Set<Path> localModuleSources(Path dir, List<Path> tfFiles) {
    List<String> sources = new ArrayList<>();
    for (Path f : tfFiles) {
      if (f.getFileName().toString().endsWith(".tf")) {
        sources.addAll(ModuleFiles.moduleSources(f));
      }
    }
    return localCalls(dir, sources);
  }

  /** The directories that {@code sources}, given in {@code dir}'s module blocks, name: the local ones. */
  public static Set<Path> localCalls(Path dir, List<String> sources) {
    Set<Path> out = new HashSet<>();
    for (String src : sources) {
      if (src.startsWith("./") || src.startsWith("../")) {
        out.add(dir.resolve(src).normalize());
      }
    }
    return out;
  }
}
