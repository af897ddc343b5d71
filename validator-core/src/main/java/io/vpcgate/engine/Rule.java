package io.vpcgate.engine;

import java.util.stream.Stream;

/** A check over the resource graphs. Implementations are final, stateless and print nothing. */
public interface Rule {
  Stream<Finding> check(RuleContext ctx);
}
