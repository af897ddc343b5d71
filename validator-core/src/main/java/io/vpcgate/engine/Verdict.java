package io.vpcgate.engine;

/**
 * The one verdict of a run, computed once from the report and its {@link Gate}: every format
 * prints it and the exit code is taken from it, so they never disagree.
 */
public enum Verdict {
  /** Some input could not be read: nothing was checked for it. */
  FAILED,
  /** Some live state could not be read or some rule could not finish, and the gate does not allow that. */
  INCOMPLETE,
  /** Findings at or above the gate's severity. */
  BLOCKED,
  PASSED;

  static Verdict of(Report report, Gate gate) {
    if (!report.errors().isEmpty()) {
      return FAILED;
    }
    if (report.isIncomplete() && !gate.allowIncomplete()) {
      return INCOMPLETE;
    }
    return report.failsAt(gate.failOn()) ? BLOCKED : PASSED;
  }

  public boolean passes() {
    return this == PASSED;
  }

  /** The verdict in words, with what qualifies it ("PASSED with warnings", "BLOCKED by warnings"). */
  public String headline(Report report) {
    long blocking = report.count(Severity.BLOCKING);
    long warning = report.count(Severity.WARNING);
    return switch (this) {
      case FAILED -> "FAILED (inputs could not be read)";
      case INCOMPLETE -> "INCOMPLETE (some live state, modules or rules could not be read or evaluated)";
      case BLOCKED -> blocking > 0 ? "BLOCKED" : "BLOCKED by warnings (--fail-on warning)";
      case PASSED -> report.isIncomplete() ? "PASSED, but incomplete (allowed by --allow-incomplete)"
          : blocking > 0 ? "PASSED: blocking findings do not fail this gate (--fail-on never)"
          : warning > 0 ? "PASSED with warnings" : "PASSED";
    };
  }
}
