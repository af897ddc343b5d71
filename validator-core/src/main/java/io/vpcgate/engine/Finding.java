package io.vpcgate.engine;

import io.vpcgate.model.Location;
import java.util.List;

/**
 * One problem: which rule, how bad, what and where (message, with real values), how to fix it
 * (remediation), the resource it is about (subject), what in it ({@code about}: the field or
 * attribute path, empty when the finding is about the resource as a whole) and related locations;
 * what the rule knows of its cause ({@code cause}, see {@link Causes}) and, in a report of several root
 * modules, the root module it was found in ({@code root}, empty otherwise); and, for a finding about a
 * value that points where the value is set (a tfvars line), where it is used ({@code use}, also the first
 * related location), so that a suppression at the use still covers it.
 */
public record Finding(String ruleId, String ruleName, Severity severity, Category category, String subject,
    String message, String remediation, Location location, List<Location> related, java.util.Optional<Drift> drift,
    String about, String cause, String root, java.util.Optional<Location> use) {

  public Finding {
    related = List.copyOf(related);
    about = about == null ? "" : about;
    cause = cause == null ? "" : cause;
    root = root == null ? "" : root;
    use = use == null ? java.util.Optional.empty() : use;
  }

  public Finding(String ruleId, String ruleName, Severity severity, Category category, String subject,
      String message, String remediation, Location location, List<Location> related, java.util.Optional<Drift> drift,
      String about, String cause, String root) {
    this(ruleId, ruleName, severity, category, subject, message, remediation, location, related, drift, about, cause, root,
        java.util.Optional.empty());
  }

  public Finding(String ruleId, String ruleName, Severity severity, Category category, String subject,
      String message, String remediation, Location location, List<Location> related, java.util.Optional<Drift> drift,
      String about) {
    this(ruleId, ruleName, severity, category, subject, message, remediation, location, related, drift, about, "", "");
  }

  public Finding(String ruleId, String ruleName, Severity severity, Category category, String subject,
      String message, String remediation, Location location, List<Location> related, java.util.Optional<Drift> drift) {
    this(ruleId, ruleName, severity, category, subject, message, remediation, location, related, drift, "");
  }

  /**
   * The finding's identity across commits and value changes: rule, resource and what in it, never the
   * line (which moves) or the message (whose values change): a baseline and SARIF match on it.
   */
  public String fingerprint() {
    java.security.MessageDigest sha = SHA_256.get(); // reset by each digest
    byte[] digest = sha.digest((ruleId + "\n" + subject + "\n" + about).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(digest, 0, 16);
  }

  /** One digest per thread: looking the algorithm up among the providers for every finding cost more than hashing. */
  private static final ThreadLocal<java.security.MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  public Finding(String ruleId, String ruleName, Severity severity, Category category, String subject,
      String message, String remediation, Location location, List<Location> related) {
    this(ruleId, ruleName, severity, category, subject, message, remediation, location, related, java.util.Optional.empty());
  }

  /** A finding of another severity (a project's override), all else equal. */
  public Finding withSeverity(Severity s) {
    return new Finding(ruleId, ruleName, s, category, subject, message, remediation, location, related, drift, about,
        cause, root, use);
  }

  /** A finding elsewhere (a combined report moves .tf locations under the root module's directory). */
  public Finding at(Location where, List<Location> relatedElsewhere) {
    return at(where, relatedElsewhere, use);
  }

  /** As {@link #at(Location, List)}, with the use moved too. */
  public Finding at(Location where, List<Location> relatedElsewhere, java.util.Optional<Location> useElsewhere) {
    return new Finding(ruleId, ruleName, severity, category, subject, message, remediation, where, relatedElsewhere, drift,
        about, cause, root, useElsewhere);
  }

  /** This finding as found in root module {@code dir} of a combined report, fingerprinted with it. */
  public Finding inRoot(String dir, Location where, List<Location> relatedElsewhere, java.util.Optional<Location> usedAt) {
    return new Finding(ruleId, ruleName, severity, category, subject, message, remediation, where, relatedElsewhere, drift,
        dir + ":" + about, cause, dir, usedAt);
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
    private Location location;
    private Location use;
    private Severity severity;
    private String message = "";
    private String remediation = "";
    private final List<Location> related = new java.util.ArrayList<>();
    private Drift drift;
    private String about;
    private String cause = "";

    Builder(RuleMetadata rule, String subject, Location location, String about) {
      this.rule = rule;
      this.subject = subject;
      this.location = location;
      this.severity = rule.severity();
      this.about = about;
    }

    /**
     * The value is set at {@code setAt} (a tfvars line, a module argument, a default): the finding points
     * there, and its use (the location given) becomes the first related location.
     */
    public Builder setAt(Location setAt) {
      this.use = location;
      this.location = setAt;
      related.add(0, use);
      return this;
    }

    /** What in the subject the finding is about, when the location does not say (its identity for baselines). */
    public Builder about(String what) {
      this.about = what;
      return this;
    }

    /**
     * This finding is a consequence of the value of {@code field} in the same resource (WIRE-01's missing
     * egress when the apply removes a connector set by hand): reports list it beneath that value's finding.
     */
    public Builder consequenceOf(io.vpcgate.model.Field field) {
      this.cause = Causes.VALUE + field.name();
      return this;
    }

    /**
     * This finding and the others on the same resource with the same {@code change} share one cause (the
     * fields one hand-made change touched): reports list them as one entry.
     */
    public Builder sameChangeAs(String change) {
      this.cause = Causes.CHANGE + change;
      return this;
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
      String what = about.isEmpty() && drift != null ? drift.attribute() : about;
      return new Finding(rule.id(), rule.name(), severity, rule.category(), subject, message, remediation,
          location, related, java.util.Optional.ofNullable(drift), what, cause, "", java.util.Optional.ofNullable(use));
    }
  }
}
