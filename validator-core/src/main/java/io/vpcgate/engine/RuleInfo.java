package io.vpcgate.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Everything the engine, reporters and docs need to know about a rule. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** The catalogue ID, e.g. {@code VPCC-05}: the stable public identity. */
  String id();

  /** The class of problem, like a compiler diagnostic; no trailing period. */
  String summary();

  /** The default severity; a rule may report some findings at a lower one. */
  Severity severity();

  Category category();

  /**
   * What the rule judges and reads: model records ({@code VpcConnector.class}) or roles; the kinds
   * registry turns them into Terraform types for the catalogue and the pages; the desired resources
   * of these classes are what the rule examined (JUnit's test cases),
   * and a live read that failed for one of their kinds skips the rule.
   */
  Class<?>[] appliesTo();

  Input[] requires() default {Input.DESIRED};

  /**
   * Whether the rule reads what exists (the live graph or the world after deploy, which the live
   * graph is part of): a live read that failed for one of its kinds then skips it. A rule that
   * judges the Terraform text alone says false and runs regardless.
   */
  boolean readsLive() default true;
}
