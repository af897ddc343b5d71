package io.vpcgate.cli;

import io.vpcgate.engine.Severity;
import java.util.Optional;

/** The lowest severity that fails the run. */
enum FailOn {
  blocking(Severity.BLOCKING), warning(Severity.WARNING), never(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }
}
