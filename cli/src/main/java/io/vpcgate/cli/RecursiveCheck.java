package io.vpcgate.cli;

import io.vpcgate.engine.Report;
import io.vpcgate.input.InputException;
import io.vpcgate.input.terraform.RootModules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code check --recursive}: every root module under a path, checked in parallel, combined into
 * one report whose locations are relative to the path. A root module that cannot be read does not
 * stop the others; it is reported as an error and the run fails closed. A root whose check fails
 * on a bug does not stop them either: the run is incomplete.
 */
final class RecursiveCheck {
  private RecursiveCheck() {}

  /**
   * {@code debug} receives what a root module's check threw (a bug): that root is reported as not
   * checked, the run is incomplete, and every other root still reports.
   */
  static Report run(Path top, Function<Path, Report> checkOne, java.util.function.Consumer<Throwable> debug) {
    List<Path> roots = RootModules.find(top);
    if (roots.isEmpty()) {
      throw new InputException(top + ": no Terraform root modules (directories with .tf files) below it");
    }
    int threads = Math.max(1, Math.min(roots.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vpcgate-check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Report>> futures = new ArrayList<>();
      // Waited for all at once: waiting on each root's future in turn woke this thread once per root (a futex
      // wake-up on a worker and a context switch here, 2,000 of them on a large repository).
      CountDownLatch done = new CountDownLatch(roots.size());
      for (Path root : roots) {
        String rel = relative(top, root);
        futures.add(pool.submit(() -> {
          try {
            return checkOne.apply(root).under(rel);
          } finally {
            done.countDown();
          }
        }));
      }
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      List<Report> reports = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          reports.add(futures.get(i).get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof InputException ie) {
            errors.add(relative(top, roots.get(i)) + ": " + ie.getMessage());
          } else {
            debug.accept(e.getCause());
            failed.add(relative(top, roots.get(i)) + ": not checked: internal error " + e.getCause().getClass().getSimpleName()
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

  private static String relative(Path top, Path root) {
    String s = top.toAbsolutePath().normalize().relativize(root.toAbsolutePath().normalize()).toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }
}
