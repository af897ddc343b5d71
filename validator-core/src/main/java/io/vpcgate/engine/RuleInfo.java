package io.vpcgate.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Everything the engine, reporters and docs need to know about a rule. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** The catalogue ID from RULES.md, e.g. {@code VPCC-05}: the stable public identity. */
  String id();

  /** The class of problem, like a compiler diagnostic; no trailing period. */
  String summary();

  /** The default severity; a rule may report some findings at a lower one. */
  Severity severity();

  Category category();

  String[] resourceTypes();

  Input[] requires() default {Input.DESIRED};
}
