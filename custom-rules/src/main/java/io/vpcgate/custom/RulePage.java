package io.vpcgate.custom;

import io.vpcgate.engine.Input;
import java.util.stream.Collectors;

/**
 * A custom rule's page, as {@code vpcgate rules ID}, the rule docs and SARIF's help show it: the same
 * sections as a built-in rule's (Why, How to fix, Sources), with the condition and where it is defined.
 */
final class RulePage {
  private RulePage() {}

  static String explanation(RuleSpec spec) {
    String needs = spec.needs().stream().filter(i -> i != Input.DESIRED).map(i -> i.name().toLowerCase(java.util.Locale.ROOT))
        .sorted().collect(Collectors.joining(", "));
    return "## Why\n" + spec.summary() + ". An organisation's own rule, defined in `" + spec.at() + "`, on `"
        + spec.on().spelled() + "`" + (needs.isEmpty() ? "" : ", needing " + needs) + "; a violation when:\n\n"
        + "```cel\n" + spec.when().value() + "\n```\n\n"
        + "## How to fix\n" + spec.remediation().strip() + "\n\n"
        + "## Sources\n" + spec.sources().stream().map(s -> "- " + s).collect(Collectors.joining("\n")) + "\n";
  }
}
