package io.vpcgate.engine;

import java.util.Set;

/**
 * Live state that could not be read: which API, what happened and what would fix it (one line),
 * and the Terraform resource types whose live resources are therefore unknown. Rules that look at
 * those types are skipped rather than run on half the picture, and the run is incomplete.
 */
public record LiveGap(String api, String message, Set<String> terraformTypes) {
  public LiveGap {
    terraformTypes = Set.copyOf(terraformTypes);
  }
}
