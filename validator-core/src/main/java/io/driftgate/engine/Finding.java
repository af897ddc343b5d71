package io.driftgate.engine;

import io.driftgate.model.Location;
import java.util.List;

/**
 * One problem: which rule, how bad, what and where (message, with real values), how to fix it
 * (remediation), the resource it is about (subject) and related locations.
 */
public record Finding(String ruleId, String ruleName, Severity severity, Category category, String subject,
    String message, String remediation, Location location, List<Location> related) {

  public Finding {
    related = List.copyOf(related);
  }

  /** Builds a finding with rule, severity and location pre-filled by {@link RuleContext}. */
  public static final class Builder {
    private final RuleMetadata rule;
    private final String subject;
    private final Location location;
    private Severity severity;
    private String message = "";
    private String remediation = "";
    private final List<Location> related = new java.util.ArrayList<>();

    Builder(RuleMetadata rule, String subject, Location location) {
      this.rule = rule;
      this.subject = subject;
      this.location = location;
      this.severity = rule.severity();
    }

    public Builder severity(Severity s) {
      this.severity = s;
      return this;
    }

    public Builder message(String format, Object... args) {
      this.message = String.format(format, args);
      return this;
    }

    public Builder remediation(String format, Object... args) {
      this.remediation = String.format(format, args);
      return this;
    }

    public Builder related(Location l) {
      related.add(l);
      return this;
    }

    public Finding build() {
      return new Finding(rule.id(), rule.name(), severity, rule.category(), subject, message, remediation,
          location, related);
    }
  }
}
