package io.vpcgate.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The pinned exit codes, the same meaning for every command. The help text is built from this enum. */
public enum ExitCode {
  OK(0, "success"),
  INTERNAL_ERROR(1, "internal error (a bug: re-run with --debug and report it)"),
  USAGE(2, "usage error: bad flags or arguments"),
  INPUT_ERROR(3, "input error: unreadable or invalid input"),
  FINDINGS(4, "findings at or above --fail-on"),
  INCOMPLETE(5, "incomplete: some state or rules could not be evaluated");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  /** The help's exit-code list: these codes, in order, 0 with the command's own meaning. */
  static Map<String, String> helpList(java.util.Set<ExitCode> codes, String success) {
    Map<String, String> m = new LinkedHashMap<>();
    for (ExitCode c : java.util.EnumSet.copyOf(codes)) {
      m.put(String.valueOf(c.code), c == OK ? success : c.meaning);
    }
    return m;
  }
}
