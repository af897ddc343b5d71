package io.vpcgate.model;

import java.util.List;
import java.util.Map;

/**
 * A Cloud Run job ({@code google_cloud_run_v2_job}, REST v2 {@code projects.locations.jobs}): a
 * workload whose executions run {@code taskCount} tasks, at most {@code parallelism} at once, each
 * task one instance. Its VPC egress, environment, identity and Cloud SQL attachments sit in the task
 * template, in the same shape as a Cloud Run service's revision template; its {@link #labels()} are
 * the job's own ({@code labels}), not the execution template's.
 */
public record CloudRunJob(
    Origin origin,
    ResourceId id,
    EgressPath egress,
    Attr<Integer> parallelism,
    Attr<Integer> taskCount,
    List<EnvVar> env,
    Attr<String> serviceAccount,
    Attr<List<String>> cloudSqlInstances,
    Attr<Map<String, String>> labels) implements Workload {

  public static final String KIND = "cloud_run_job";
  public static final String TERRAFORM_TYPE = "google_cloud_run_v2_job";
  public static final Field PARALLELISM = new Field("parallelism");
  public static final Field TASK_COUNT = new Field("task count");

  public CloudRunJob {
    env = List.copyOf(env);
  }

  @Override
  public String terraformType() {
    return TERRAFORM_TYPE;
  }

  /** A running task holds one address; Google documents no steady-state factor for jobs, so one is the bound. */
  @Override
  public int directVpcAddressesPerInstance() {
    return 1;
  }

  /** A job keeps no instance waiting: nothing runs between executions. */
  @Override
  public Attr<Integer> minInstances() {
    return Attr.absent();
  }

  /**
   * The most tasks (instances) one execution runs at once. The API runs at most {@code parallelism}
   * tasks, which "must be <= taskCount", and "if this field is 0 or unset, the maximum possible
   * value" — which no execution can take past its task count. So: a positive parallelism (the
   * smaller of it and a known positive task count); the task count when parallelism is 0 or unset;
   * absent when neither is set (the platform's default); unknown when what it depends on is.
   */
  @Override
  public Attr<Integer> maxInstances() {
    if (parallelism.isUnknown()) {
      return parallelism;
    }
    int p = parallelism.known().orElse(0);
    if (p > 0) {
      return Attr.known(taskCount.known().filter(t -> t > 0).map(t -> Math.min(p, t)).orElse(p));
    }
    return taskCount;
  }
}
