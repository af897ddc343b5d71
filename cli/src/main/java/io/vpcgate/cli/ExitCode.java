package io.vpcgate.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The pinned exit codes, the same for every command. The help text is built from this enum. */
public enum ExitCode {
  OK(0, "passed: nothing at or above --fail-on"),
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

  static Map<String, String> helpList() {
    Map<String, String> m = new LinkedHashMap<>();
    for (ExitCode c : values()) {
      m.put(String.valueOf(c.code), c.meaning);
    }
    return m;
  }
}
