package io.vpcgate.engine;

import io.vpcgate.model.Location;

/**
 * A rule that could not judge one object, and why: the evidence it needs was not read ("no live
 * Secret Manager secrets read for project acme") or cannot be known. Never a pass and never a
 * finding; it does not change the exit code (a read that failed does: that is a gap).
 */
public record NotEvaluated(String ruleId, String ruleName, String subject, Location location, String reason) {}
