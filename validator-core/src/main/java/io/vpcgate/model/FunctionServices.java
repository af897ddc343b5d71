package io.vpcgate.model;

import java.util.List;

/**
 * A 2nd-gen Cloud Function runs on a Cloud Run service of its own ({@code serviceConfig.service}),
 * which the Cloud Run API and Cloud Asset Inventory list beside the function. It is the function,
 * not a second workload: counted twice it would double connection budgets and connector users, and
 * drift would call it a live service no Terraform manages.
 */
public final class FunctionServices {
  private FunctionServices() {}

  /** {@code live} without the Cloud Run services that a function in it runs on. */
  public static ResourceGraph folded(ResourceGraph live) {
    List<CloudFunction> functions = live.all(CloudFunction.class);
    if (functions.isEmpty()) {
      return live;
    }
    List<Resource> kept = live.resources().stream()
        .filter(r -> !(r instanceof CloudRunService s && functions.stream().anyMatch(f -> f.runsOn(s.id()))))
        .toList();
    return kept.size() == live.resources().size() ? live : new ResourceGraph(kept, live.reads());
  }
}
