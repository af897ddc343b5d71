package io.vpcgate.custom;

import io.vpcgate.input.InputException;

/** A line of a rule file: where a rule, a field or an expression is written. */
record SourceLine(String file, int line) {

  /** An input error at this line: "rules/acme.yaml:12: problem". */
  InputException error(String problem) {
    return new InputException(this + ": " + problem);
  }

  /** The line {@code offset} lines below this one. */
  SourceLine plus(int offset) {
    return new SourceLine(file, line + offset);
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
