package io.driftgate.engine;

import java.util.List;
import java.util.Set;

/** A rule's {@link RuleInfo}, read once; {@code name} is the rule class's simple name. */
public record RuleMetadata(String id, String name, String summary, Severity severity, Category category,
    List<String> resourceTypes, Set<Input> requires) {

  public RuleMetadata {
    resourceTypes = List.copyOf(resourceTypes);
    requires = Set.copyOf(requires);
  }

  public static RuleMetadata of(Rule rule) {
    RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(rule.getClass().getName() + " has no @RuleInfo");
    }
    return new RuleMetadata(info.id(), rule.getClass().getSimpleName(), info.summary(), info.severity(),
        info.category(), List.of(info.resourceTypes()), Set.of(info.requires()));
  }

  public boolean needsLive() {
    return requires.contains(Input.LIVE);
  }

  public String docUrl() {
    return docUrl(name);
  }

  /** The page of the rule named {@code ruleName} (a rule class's simple name). */
  public static String docUrl(String ruleName) {
    return "https://driftgate.io/docs/rules/" + ruleName + ".md";
  }
}
