package io.vpcgate.input.terraform;

import io.vpcgate.input.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The directories a recursive check's walk has listed, with each entry's attributes as the walk read them (not
 * following a link), so that the checks of its root modules and of the modules they call do not list and stat
 * them again. A directory the walk did not list is listed as before; so is every one when the walk's start holds
 * a {@code ..}, since a path is looked up as normalized and {@code a/link/..} is not always {@code a}.
 */
public final class DirectoryListings {
  /** None: every directory is listed when it is read. */
  public static final DirectoryListings NONE = new DirectoryListings();

  private final Map<Path, Listing> byDirectory = new ConcurrentHashMap<>();
  /** {@link RepositoryRoot#of} by absolute directory: the root modules of a repository share their parents. */
  private final Map<Path, Optional<Path>> repositories = new ConcurrentHashMap<>();

  /** One directory's entries, sorted as a listing is, and their attributes (a link's own). */
  record Listing(List<Path> entries, Map<Path, BasicFileAttributes> attributes) {}

  void put(Path normalizedDirectory, Listing listing) {
    if (this != NONE) {
      byDirectory.put(normalizedDirectory, listing);
    }
  }

  /** The repository {@code dir} belongs to, as {@link RepositoryRoot#of} finds it, each parent looked at once a run. */
  Optional<Path> repositoryOf(Path dir) {
    if (this == NONE) {
      return RepositoryRoot.of(dir);
    }
    return repository(dir.toAbsolutePath().normalize());
  }

  private Optional<Path> repository(Path absolute) {
    Optional<Path> known = repositories.get(absolute);
    if (known == null) {
      known = Files.exists(absolute.resolve(".git")) ? Optional.of(absolute)
          : absolute.getParent() == null ? Optional.empty() : repository(absolute.getParent());
      repositories.put(absolute, known);
    }
    return known;
  }

  /** Whether {@code directory} (normalized) is a directory, following links, as {@link Files#isDirectory} says. */
  boolean isDirectory(Path directory) {
    return get(directory) != null || Files.isDirectory(directory);
  }

  /** The listing of {@code directory} (normalized), or null when the walk did not list it. */
  Listing get(Path directory) {
    return byDirectory.isEmpty() ? null : byDirectory.get(directory);
  }
}
