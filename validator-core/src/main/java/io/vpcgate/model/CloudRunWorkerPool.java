package io.vpcgate.model;

import java.util.List;
import java.util.Map;

/**
 * A Cloud Run worker pool ({@code google_cloud_run_v2_worker_pool}, REST v2 {@code
 * projects.locations.workerPools}): a workload that serves no requests and runs a number of
 * instances set by its scaling: {@code MANUAL} (the default) runs {@code manualInstanceCount}
 * instances, {@code AUTOMATIC} between {@code minInstanceCount} and {@code maxInstanceCount}. Its
 * {@link #labels()} are the pool's own ({@code labels}), not the revision template's.
 */
public record CloudRunWorkerPool(
    Origin origin,
    ResourceId id,
    EgressPath egress,
    Scaling scaling,
    List<EnvVar> env,
    Attr<String> serviceAccount,
    Attr<List<String>> cloudSqlInstances,
    Attr<Map<String, String>> labels) implements Workload {

  public static final String KIND = "cloud_run_worker_pool";
  public static final String TERRAFORM_TYPE = "google_cloud_run_v2_worker_pool";
  public static final String MANUAL = "MANUAL";
  public static final String AUTOMATIC = "AUTOMATIC";
  public static final Field SCALING_MODE = new Field("scaling mode");
  public static final Field MANUAL_INSTANCE_COUNT = new Field("manual instance count");

  public CloudRunWorkerPool {
    env = List.copyOf(env);
  }

  /** The scaling block as written: its mode (absent: MANUAL) and its three counts. */
  public record Scaling(Attr<String> mode, Attr<Integer> manualInstanceCount, Attr<Integer> minInstanceCount,
      Attr<Integer> maxInstanceCount) {
    public static final Scaling UNSET = new Scaling(Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent());

    /** The mode in effect: MANUAL when unset. */
    public Attr<String> effectiveMode() {
      return mode.isAbsent() ? Attr.known(MANUAL) : mode;
    }
  }

  @Override
  public String terraformType() {
    return TERRAFORM_TYPE;
  }

  @Override
  public Attr<Integer> minInstances() {
    return countFor(scaling.minInstanceCount());
  }

  @Override
  public Attr<Integer> maxInstances() {
    return countFor(scaling.maxInstanceCount());
  }

  /** In MANUAL mode the manual count is both bounds; in AUTOMATIC mode, {@code automatic}; unknown with the mode. */
  private Attr<Integer> countFor(Attr<Integer> automatic) {
    Attr<String> mode = scaling.effectiveMode();
    if (mode.isUnknown()) {
      return Attr.unknown("the scaling mode is not known before apply");
    }
    String m = mode.known().orElse(MANUAL);
    if (m.equals(MANUAL)) {
      return scaling.manualInstanceCount();
    }
    if (m.equals(AUTOMATIC)) {
      return automatic;
    }
    return Attr.unknown("scaling mode " + m + " is not MANUAL or AUTOMATIC");
  }
}
