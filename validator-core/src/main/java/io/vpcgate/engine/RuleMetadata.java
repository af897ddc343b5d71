package io.vpcgate.engine;

import java.util.List;
import java.util.Set;

/**
 * A rule's {@link RuleInfo}, read once; {@code name} is the rule class's simple name and {@code
 * explanation} the Markdown next to the rule class ({@code <Name>.md}: Why, How to fix, Sources).
 */
public record RuleMetadata(String id, String name, String summary, Severity severity, Category category,
    List<String> resourceTypes, Set<Input> requires, String explanation) {

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
        info.category(), List.of(info.resourceTypes()), Set.of(info.requires()), explanation(rule.getClass()));
  }

  private static String explanation(Class<?> rule) {
    try (java.io.InputStream in = rule.getResourceAsStream(rule.getSimpleName() + ".md")) {
      return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  public boolean needsLive() {
    return requires.contains(Input.LIVE);
  }

  public String docUrl() {
    return docUrl(name);
  }

  /** The page of the rule named {@code ruleName} (a rule class's simple name). */
  public static String docUrl(String ruleName) {
    return "https://vpcgate.io/docs/rules/" + ruleName + ".md";
  }
}
