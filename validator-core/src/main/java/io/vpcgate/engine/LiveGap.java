package io.vpcgate.engine;

import java.util.Set;

/**
 * Live state that could not be read: which API, what happened and what would fix it (one line),
 * and the kinds whose live resources are therefore unknown. Rules that look at those kinds are
 * skipped rather than run on half the picture, and the run is incomplete.
 */
public record LiveGap(String api, String message, Set<String> kinds) {
  public LiveGap {
    kinds = Set.copyOf(kinds);
  }
}
