package io.vpcgate.engine;

/** How bad a finding is. Declared in order of decreasing severity. */
public enum Severity {
  /** The deploy fails or the service cannot work. */
  BLOCKING,
  /** Risky or likely to degrade. */
  WARNING,
  /** Advisory. */
  INFO;

  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** The more severe of this and {@code other}. */
  public Severity worse(Severity other) {
    return atLeast(other) ? this : other;
  }
}
