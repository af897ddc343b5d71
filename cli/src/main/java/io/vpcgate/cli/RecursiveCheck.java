package io.vpcgate.cli;

import io.vpcgate.engine.Report;
import io.vpcgate.input.InputException;
import io.vpcgate.input.terraform.DirectoryListings;
import io.vpcgate.input.terraform.RootModules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code check --recursive}: every root module under a path, checked in parallel, combined into
 * one report whose locations are relative to the path. A root module that cannot be read does not
 * stop the others; it is reported as an error and the run fails closed. A root whose check fails
 * on a bug does not stop them either: the run is incomplete.
 *
 * <p>Which directories are root modules is known only when every directory's module calls are: a directory
 * another one calls ({@code source = "../modules/net"}) is a module, checked through its callers. So every
 * directory holding .tf files is checked as the walk finds it, and each check says what its root module calls,
 * from the tokens its parse made anyway: the files are read once, and the checks start with the walk instead of
 * after a pass that read every file first (5 to 10% of a large repository's check). The checks of directories that
 * turn out to be called are dropped unseen: at most one more evaluation of each called module, which its callers
 * evaluate anyway. A check that fails leaves its directory's calls to a scan of its files.
 */
final class RecursiveCheck {
  private RecursiveCheck() {}

  /** One directory's check: its report, and the literal sources of its root module's module blocks. */
  record Checked(Report report, List<String> moduleSources) {}

  /**
   * {@code debug} receives what a root module's check threw (a bug): that root is reported as not
   * checked, the run is incomplete, and every other root still reports.
   */
  static Report run(Path top, Function<Path, Checked> checkOne, java.util.function.Consumer<Throwable> debug) {
    return run(top, checkOne, debug, DirectoryListings.NONE);
  }

  /** The same, the walk putting the directories it lists into {@code listings}, for the checks to read. */
  static Report run(Path top, Function<Path, Checked> checkOne, java.util.function.Consumer<Throwable> debug,
      DirectoryListings listings) {
    // As many checks at once as there are cores, the first while the walk goes on.
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
      Thread t = new Thread(r, "vpcgate-check");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<Path, Future<Checked>> byDir = new HashMap<>();
      Map<Path, List<Path>> candidates = RootModules.candidates(top, (dir, files) -> {
        String rel = relative(top, dir);
        byDir.put(dir, pool.submit(() -> {
          Checked c = checkOne.apply(dir);
          return new Checked(c.report().under(rel), c.moduleSources());
        }));
      }, listings);
      if (candidates.isEmpty()) {
        throw noRoots(top);
      }
      // Waited for all at once: waiting on each check's future in turn woke this thread once per check (a futex
      // wake-up on a worker and a context switch here, 2,000 of them on a large repository).
      pool.shutdown();
      try {
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      Set<Path> called = new HashSet<>();
      candidates.forEach((dir, files) -> called.addAll(calls(dir, files, byDir.get(dir))));
      List<Path> roots = candidates.keySet().stream().filter(d -> !called.contains(d)).sorted().toList();
      if (roots.isEmpty()) {
        throw noRoots(top); // every directory is called by another: a cycle of modules
      }
      List<Report> reports = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      for (Path root : roots) {
        try {
          reports.add(byDir.get(root).get().report());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof InputException ie) {
            errors.add(relative(top, root) + ": " + ie.getMessage());
          } else {
            debug.accept(e.getCause());
            failed.add(relative(top, root) + ": not checked: internal error " + e.getCause().getClass().getSimpleName()
                + (e.getCause().getMessage() == null ? "" : ": " + e.getCause().getMessage())
                + " (a bug in vpcgate: re-run with --debug and report it)");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      return Report.combine(reports).withErrors(errors).withIncomplete(failed);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The directories {@code dir} calls as local modules: from its check's parse, or, when the check failed (a file
   * that does not parse, a bug), from a scan of its .tf files that skips what it cannot read.
   */
  private static Set<Path> calls(Path dir, List<Path> tfFiles, Future<Checked> check) {
    try {
      return RootModules.localCalls(dir, check.get().moduleSources());
    } catch (ExecutionException e) {
      return RootModules.localModuleSources(dir, tfFiles);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static InputException noRoots(Path top) {
    return new InputException(top + ": no Terraform root modules (directories with .tf files) below it");
  }

  private static String relative(Path top, Path root) {
    String s = top.toAbsolutePath().normalize().relativize(root.toAbsolutePath().normalize()).toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }
}
