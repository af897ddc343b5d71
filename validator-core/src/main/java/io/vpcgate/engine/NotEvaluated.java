package io.vpcgate.engine;

import io.vpcgate.model.Location;
import java.util.Objects;

/**
 * A rule that could not judge one object, and why: the evidence it needs was not read ("no live
 * Secret Manager secrets read for project acme") or cannot be known. Never a pass and never a
 * finding; it does not change the exit code (a read that failed does: that is a gap).
 * Equality is written out: a record's generated one links method handles at its first use, tens of milliseconds
 * of a run that has any (a report keeps each once).
 */
public record NotEvaluated(String ruleId, String ruleName, String subject, Location location, String reason) {
  @Override
  public boolean equals(Object o) {
    return o instanceof NotEvaluated n && Objects.equals(ruleId, n.ruleId) && Objects.equals(ruleName, n.ruleName)
        && Objects.equals(subject, n.subject) && Objects.equals(location, n.location)
        && Objects.equals(reason, n.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, ruleName, subject, location, reason);
  }
}
