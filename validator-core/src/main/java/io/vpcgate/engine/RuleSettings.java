package io.vpcgate.engine;

import java.util.Map;
import java.util.Set;

/** Project settings for the rules: which are disabled, and severity overrides, by rule ID; {@code source} names where they come from. */
public record RuleSettings(Set<String> disabled, Map<String, Severity> severities, String source) {
  public static final RuleSettings DEFAULT = new RuleSettings(Set.of(), Map.of(), "");

  public RuleSettings {
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
  }
}
