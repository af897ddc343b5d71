package io.vpcgate.engine;

import io.vpcgate.model.Location;
import java.util.List;

/**
 * One problem: which rule, how bad, what and where (message, with real values), how to fix it
 * (remediation), the resource it is about (subject) and related locations.
 */
public record Finding(String ruleId, String ruleName, Severity severity, Category category, String subject,
    String message, String remediation, Location location, List<Location> related, java.util.Optional<Drift> drift) {

  public Finding {
    related = List.copyOf(related);
  }

  public Finding(String ruleId, String ruleName, Severity severity, Category category, String subject,
      String message, String remediation, Location location, List<Location> related) {
    this(ruleId, ruleName, severity, category, subject, message, remediation, location, related, java.util.Optional.empty());
  }

  /** A finding of another severity (a project's override), all else equal. */
  public Finding withSeverity(Severity s) {
    return new Finding(ruleId, ruleName, s, category, subject, message, remediation, location, related, drift);
  }

  /** A finding elsewhere (a combined report moves .tf locations under the root module's directory). */
  public Finding at(Location where, List<Location> relatedElsewhere) {
    return new Finding(ruleId, ruleName, severity, category, subject, message, remediation, where, relatedElsewhere, drift);
  }

  /**
   * What drifted: the Terraform attribute, and the desired and live values as reports may show
   * them (already redacted by the rule where the value is an environment value or a secret).
   */
  public record Drift(String attribute, String desired, String live) {}

  /** Builds a finding with rule, severity and location pre-filled by {@link RuleContext}. */
  public static final class Builder {
    private final RuleMetadata rule;
    private final String subject;
    private final Location location;
    private Severity severity;
    private String message = "";
    private String remediation = "";
    private final List<Location> related = new java.util.ArrayList<>();
    private Drift drift;

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

    public Builder drift(String attribute, String desired, String live) {
      this.drift = new Drift(attribute, desired, live);
      return this;
    }

    public Builder related(Location l) {
      related.add(l);
      return this;
    }

    public Finding build() {
      return new Finding(rule.id(), rule.name(), severity, rule.category(), subject, message, remediation,
          location, related, java.util.Optional.ofNullable(drift));
    }
  }
}
