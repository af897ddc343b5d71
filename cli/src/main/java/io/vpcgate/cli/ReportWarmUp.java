package io.vpcgate.cli;

import java.util.List;

/**
 * What writing the run's reports needs, loaded and initialised on a thread of its own while the check runs: the
 * JSON and SARIF writers' mapper (Jackson's set-up, tens of milliseconds) and the digest that fingerprints
 * findings. Done at the end, that work ran alone on one core after every root was checked (about 1% of a large
 * repository's check); started with the run, it fills a core the start-up leaves idle. A class initialises once
 * whichever thread comes first (the other waits), so nothing is done twice, and whatever fails here fails again, and
 * is reported, where it is needed.
 */
final class ReportWarmUp {
  private ReportWarmUp() {}

  /** Starts, when a JSON or SARIF report is asked for (the text and the others need nothing costly). */
  static void start(List<ReportTarget> targets) {
    List<Class<?>> writers = new java.util.ArrayList<>();
    for (ReportTarget target : targets) {
      switch (target.format()) {
        case json -> writers.add(io.vpcgate.report.JsonReporter.class);
        case sarif -> writers.add(io.vpcgate.report.SarifReporter.class);
        default -> { }
      }
    }
    if (writers.isEmpty()) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        for (Class<?> writer : writers) {
          Class.forName(writer.getName(), true, writer.getClassLoader());
        }
        java.security.MessageDigest.getInstance("SHA-256").digest(new byte[0]); // as each finding's fingerprint
      } catch (ReflectiveOperationException | java.security.GeneralSecurityException | RuntimeException
          | LinkageError e) {
        // a warm-up only: see above
      }
    }, "vpcgate-warm-up");
    t.setDaemon(true);
    t.start();
  }
}
