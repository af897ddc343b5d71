package io.vpcgate.input.terraform;

import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.Body;
import io.vpcgate.input.hcl.HclParser;
import io.vpcgate.input.hcl.HclSyntaxException;
import io.vpcgate.input.hcl.ModuleSources;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files of one module: listed, read as UTF-8 and parsed, with errors naming file, line and
 * column relative to the directory that was scanned (so a child module's file reads {@code
 * modules/net/main.tf}).
 */
final class ModuleFiles {
  private final Path root;
  private final Path displayRoot;
  private final java.util.Set<Path> mentionSuppression = new java.util.HashSet<>();
  /** The walk's listing of {@code root}, or null: then it is listed here, once. */
  private final DirectoryListings.Listing listing;
  private final ModuleParses parses;
  /** The root module's directory, absolute and normalized: the files in it are not shared (with parses only). */
  private final Path ownFiles;
  private List<Path> entries;

  /** {@code displayRoot}: the root module's directory, which errors name files relative to. */
  ModuleFiles(Path root, Path displayRoot, DirectoryListings listings, ModuleParses parses) {
    this.root = root;
    this.displayRoot = displayRoot;
    this.listing = listings.get(root);
    this.entries = listing == null ? null : listing.entries();
    this.parses = parses;
    this.ownFiles = parses == ModuleParses.NONE ? null : displayRoot.toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  /**
   * Files in the module directory whose names match, in lexical order: regular files, and symlinks
   * that do not resolve (reading them says so). A FIFO, socket or device is an error: reading one
   * could block forever.
   */
  List<Path> list(Predicate<String> name) {
    List<Path> out = new ArrayList<>();
    for (Path p : entries()) {
      if (!name.test(p.getFileName().toString())) {
        continue;
      }
      BasicFileAttributes a = attributes(p); // one stat, following a link; null when that fails
      if (a != null && a.isDirectory()) {
        continue;
      }
      if ((a == null || !a.isRegularFile()) && !Files.isSymbolicLink(p)) {
        throw new InputException(relative(p) + ": not a regular file (a FIFO, socket or device); it is not read");
      }
      out.add(p);
    }
    return out;
  }

  /** Whether {@code fileName} names a Terraform configuration file: {@code .tf} or {@code .tf.json}. */
  static boolean isConfiguration(String fileName) {
    return fileName.endsWith(".tf") || fileName.endsWith(".tf.json");
  }

  /** Whether the directory holds a .tf or .tf.json entry that is not a directory: whether it is a module at all. */
  boolean hasConfiguration() {
    for (Path p : entries()) {
      if (isConfiguration(p.getFileName().toString())) {
        BasicFileAttributes a = attributes(p);
        if (a == null || !a.isDirectory()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The directory's entries in lexical order, listed once (whether it is a module, its .tf files and its
   * .auto.tfvars are asked for apart). An error names the directory as given when it is the one scanned.
   */
  private List<Path> entries() {
    if (entries == null) {
      try (Stream<Path> s = Files.list(root)) {
        entries = s.sorted().toList();
      } catch (IOException e) {
        String shown = root.equals(displayRoot) ? root.toString() : relative(root);
        throw new InputException(shown + ": cannot list directory: " + e.getMessage(), e);
      }
    }
    return entries;
  }

  /** Whether {@code p}, an entry of this directory or not, is a regular file (following a link), as {@link Files#isRegularFile}. */
  boolean isRegularFile(Path p) {
    if (listing != null && p.getParent() != null && p.getParent().equals(root) && !listing.attributes().containsKey(p)) {
      return false; // not in the directory at all
    }
    BasicFileAttributes a = attributes(p);
    return a != null && a.isRegularFile();
  }

  /** {@code p}'s attributes, following a link; null when that fails. The walk's serve unless {@code p} is a link. */
  private BasicFileAttributes attributes(Path p) {
    BasicFileAttributes walked = listing == null ? null : listing.attributes().get(p);
    if (walked != null && !walked.isSymbolicLink()) {
      return walked;
    }
    return followed(p);
  }

  private static BasicFileAttributes followed(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      return null; // a link that does not resolve, or gone since it was listed
    }
  }

  /** {@code f} parsed, or the run's parse of it when it is a file of a module outside the root module's directory. */
  Body parse(Path f) {
    if (parses == ModuleParses.NONE) {
      return parse(f, relative(f), null);
    }
    Path file = f.toAbsolutePath().normalize();
    if (file.startsWith(ownFiles)) {
      return parse(f, relative(f), null); // the root's own: no other root reads it
    }
    ModuleParses.Parsed kept = parses.get(file);
    if (kept == null) {
      kept = new ModuleParses.Parsed(parse(f, relative(f), null), mentionSuppression.contains(f));
      parses.put(file, kept);
    } else if (kept.mentionsSuppression()) {
      mentionSuppression.add(f);
    }
    return kept.body();
  }

  /** {@code f} parsed, with errors naming it {@code shownAs} (a --var-file as the user typed it). */
  Body parse(Path f, String shownAs) {
    return parse(f, shownAs, null);
  }

  /**
   * {@code f} parsed, adding to {@code moduleSources} the literal sources of its top-level module blocks when it is
   * a .tf file ({@link #moduleSources(Path)}, from the parse's own tokens).
   */
  Body parse(Path f, List<String> moduleSources) {
    return parse(f, relative(f), moduleSources);
  }

  private Body parse(Path f, String shownAs, List<String> moduleSources) {
    if (f.getFileName().toString().endsWith(".json")) {
      return TerraformJson.parse(read(f, shownAs), shownAs);
    }
    try {
      return HclParser.parse(read(f, shownAs), f.getFileName().toString().endsWith(".tf") ? moduleSources : null);
    } catch (HclSyntaxException e) {
      throw new InputException(shownAs + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
    }
  }

  /**
   * The literal sources of a .tf file's top-level module blocks ({@code source = "../modules/net"}), read apart
   * from any evaluation; none when it cannot be read or lexed (its module's check says why).
   */
  static List<String> moduleSources(Path f) {
    try {
      return ModuleSources.of(Files.readAllBytes(f)); // most files need no tokens here
    } catch (HclSyntaxException | IOException e) {
      return List.of();
    }
  }

  String read(Path f) {
    return read(f, relative(f));
  }

  /** Whether {@code f}, as read, holds a suppression comment's mark: only such files are scanned for them. */
  boolean mentionsSuppression(Path f) {
    return mentionSuppression.contains(f);
  }

  private String read(Path f, String shownAs) {
    try {
      FileText text = FileText.of(Files.readAllBytes(f));
      if (text.mentionsSuppression()) {
        mentionSuppression.add(f);
      }
      return text.text();
    } catch (CharacterCodingException e) {
      throw new InputException(shownAs + ": not valid UTF-8");
    } catch (NoSuchFileException e) {
      throw new InputException(shownAs + ": no such file" + (Files.isSymbolicLink(f) ? " (a dangling symlink)" : ""));
    } catch (IOException e) {
      throw new InputException(shownAs + ": cannot read: " + (e instanceof java.nio.file.AccessDeniedException
          ? "permission denied" : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
          ? fs.getReason() : e.getMessage()), e);
    }
  }

  /** The path relative to the scanned directory, with forward slashes. */
  String relative(Path f) {
    Path base = displayRoot.toAbsolutePath().normalize();
    Path rel = base.relativize(f.toAbsolutePath().normalize());
    String s = rel.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }
}
