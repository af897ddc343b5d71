package io.vpcgate.engine;

import java.util.Optional;

/**
 * A rule that did not run, or did not finish, and why: never a silent pass. {@code error} is what a
 * rule threw (a bug in the rule): the rule's findings are lost and the run is incomplete.
 */
public record SkippedRule(String ruleId, String ruleName, String reason, Optional<Throwable> error) {
  public SkippedRule(String ruleId, String ruleName, String reason) {
    this(ruleId, ruleName, reason, Optional.empty());
  }

  /** True when the rule ran and threw. */
  public boolean failed() {
    return error.isPresent();
  }
}
