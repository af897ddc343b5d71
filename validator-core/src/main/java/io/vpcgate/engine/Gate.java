package io.vpcgate.engine;

import java.util.Optional;

/**
 * The gate's policy: the severity from which findings fail it ({@code --fail-on}; none: findings
 * never fail it), and whether an incomplete run may pass ({@code --allow-incomplete}).
 */
public record Gate(Optional<Severity> failOn, boolean allowIncomplete) {
  /** Blocking findings fail; an incomplete run fails. */
  public static final Gate DEFAULT = new Gate(Optional.of(Severity.BLOCKING), false);
}
