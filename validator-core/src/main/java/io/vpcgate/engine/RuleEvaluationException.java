package io.vpcgate.engine;

/**
 * A rule that could not evaluate an object for a reason that is not a bug in vpcgate: an
 * organisation's own rule whose expression fails on this input (a comparison with an unset value, a
 * comprehension over its limit). Like any rule that throws, the rule is skipped and the run is
 * incomplete; the message says where the rule is written and what failed.
 */
public final class RuleEvaluationException extends RuntimeException {
  public RuleEvaluationException(String message, Throwable cause) {
    super(message, cause);
  }
}
