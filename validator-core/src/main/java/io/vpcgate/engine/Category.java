package io.vpcgate.engine;

import java.util.Locale;

/** The class of problem, as the JSON report names it. */
public enum Category {
  VALIDITY, WIRING, CAPACITY, DRIFT;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
