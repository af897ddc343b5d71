package io.vpcgate.report;

import io.vpcgate.engine.SkippedRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Skipped rules as a reader wants them: rules skipped for one reason on one line ("12 rules need live
 * state (--snapshot or --project): CR-02, …"), a rule skipped for a reason of its own on its own line.
 */
final class SkippedGroups {
  private SkippedGroups() {}

  static List<String> of(List<SkippedRule> skipped) {
    Map<String, List<SkippedRule>> byReason = new LinkedHashMap<>();
    skipped.forEach(s -> byReason.computeIfAbsent(s.reason(), k -> new ArrayList<>()).add(s));
    List<String> lines = new ArrayList<>();
    byReason.forEach((reason, rules) -> {
      if (rules.size() == 1) {
        lines.add(rules.get(0).ruleId() + " " + rules.get(0).ruleName() + ": " + reason);
      } else {
        String plural = reason.startsWith("needs ") ? "need " + reason.substring("needs ".length()) : "skipped: " + reason;
        lines.add(rules.size() + " rules " + plural + ": "
            + rules.stream().map(SkippedRule::ruleId).collect(Collectors.joining(", ")));
      }
    });
    return lines;
  }
}
