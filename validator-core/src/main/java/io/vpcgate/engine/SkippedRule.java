package io.vpcgate.engine;

/** A rule that did not run, and why: never a silent pass. */
public record SkippedRule(String ruleId, String ruleName, String reason) {}
