package io.vpcgate.engine;

import java.util.stream.Stream;

/** A check over the resource graphs. Implementations are final, stateless and print nothing. */
public interface Rule {
  Stream<Finding> check(RuleContext ctx);

  /**
   * What the rule is: a built-in rule's {@link RuleInfo} annotation and page; a rule defined in a file
   * (an organisation's own) says it itself.
   */
  default RuleMetadata metadata() {
    return RuleMetadata.of(this);
  }
}
