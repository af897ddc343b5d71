package io.vpcgate.model;

import java.util.List;
import java.util.Map;

/**
 * A Cloud Run service, v2 ({@code google_cloud_run_v2_service}, REST v2) or v1 ({@code
 * google_cloud_run_service}, Knative shape with annotations): a workload. Its egress setting is kept
 * as written ({@code ALL_TRAFFIC} in v2, {@code all-traffic} in v1) beside its normalised mode, so
 * rules can validate the spelling.
 */
public record CloudRunService(
    Origin origin,
    ResourceId id,
    ApiVersion apiVersion,
    EgressPath egress,
    Attr<Integer> minInstances,
    Attr<Integer> maxInstances,
    List<Container> containers,
    Attr<List<String>> cloudSqlInstances,
    Map<String, String> templateAnnotations,
    Attr<String> serviceAccount,
    RevisionSettings revision,
    Provenance provenance) implements Workload {

  public static final String KIND = "cloud_run_service";
  public static final Field NAME = new Field("name");
  public static final Field TEMPLATE = new Field("template");
  public static final Field TEMPLATE_ANNOTATIONS = new Field("template annotations");
  public static final Field TIMEOUT = new Field("timeout");
  public static final Field CONCURRENCY = new Field("concurrency");
  public static final Field EXECUTION_ENVIRONMENT = new Field("execution environment");
  public static final Field STARTUP_PROBE = new Field("startup probe");

  @Override
  public String terraformType() {
    return apiVersion == ApiVersion.V2 ? "google_cloud_run_v2_service" : "google_cloud_run_service";
  }

  public CloudRunService {
    containers = List.copyOf(containers);
    templateAnnotations = Map.copyOf(templateAnnotations);
  }

  public enum ApiVersion { V1, V2 }

  /** Who last changed the live service and with what client, as the API reports it (v2 client/lastModifier). */
  public record Provenance(Attr<String> client, Attr<String> clientVersion, Attr<String> lastModifier) {
    public static final Provenance UNKNOWN = new Provenance(Attr.absent(), Attr.absent(), Attr.absent());
  }

  /**
   * Per-revision settings: the request timeout as written ({@code "300s"} in v2; v1's whole seconds
   * as {@code "300s"}), the maximum concurrent requests per instance, and the execution environment
   * ({@code EXECUTION_ENVIRONMENT_GEN1}/{@code GEN2} in v2, {@code gen1}/{@code gen2} in v1).
   */
  public record RevisionSettings(Attr<String> timeout, Attr<Integer> concurrency, Attr<String> executionEnvironment) {
    public static final RevisionSettings UNSET = new RevisionSettings(Attr.absent(), Attr.absent(), Attr.absent());

    /** GEN1 or GEN2 whichever spelling was used; absent when the API chooses. */
    public Attr<String> generation() {
      return executionEnvironment.map(e -> e.toUpperCase(java.util.Locale.ROOT).endsWith("GEN1") ? "GEN1"
          : e.toUpperCase(java.util.Locale.ROOT).endsWith("GEN2") ? "GEN2" : e);
    }
  }

  /** The env vars of every container (sidecars included), in order. */
  public List<EnvVar> allEnv() {
    return containers.stream().flatMap(c -> c.env().stream()).toList();
  }

  @Override
  public List<EnvVar> env() {
    return allEnv();
  }

  /** "By default, Cloud Run services are configured to scale out to a maximum of 100 instances." */
  @Override
  public java.util.Optional<Integer> defaultMaxInstances() {
    return java.util.Optional.of(100);
  }

  @Override
  public List<List<EnvVar>> envByContainer() {
    return containers.stream().map(Container::env).toList();
  }

  /** How a v1 or v2 egress setting is normalised: unset is the default, PRIVATE_RANGES_ONLY. */
  public static Attr<String> mode(Attr<String> setting) {
    if (setting.isAbsent()) {
      return Attr.known(EgressPath.PRIVATE_RANGES_ONLY);
    }
    return setting.map(e -> switch (e) {
      case "all-traffic", "all", "ALL_TRAFFIC" -> EgressPath.ALL_TRAFFIC;
      case "private-ranges-only", "PRIVATE_RANGES_ONLY" -> EgressPath.PRIVATE_RANGES_ONLY;
      default -> e;
    });
  }

  /**
   * One container of the revision template; {@code path} prefixes its attribute paths. {@code
   * declaresPorts}: it sets {@code ports}, which in a multi-container revision marks the one
   * container that receives requests (and gets PORT).
   */
  public record Container(String name, String path, List<EnvVar> env, Probe startupProbe, Probe livenessProbe,
      boolean declaresPorts) {
    public Container {
      env = List.copyOf(env);
    }
  }

  /** Whether Cloud Run sends requests to {@code c} (and sets its PORT): the only container, or the one with ports. */
  public boolean isIngress(Container c) {
    return containers.size() == 1 || c.declaresPorts();
  }

  /** A probe; {@code declared} is false when the configuration has none (the API default applies). */
  public record Probe(boolean declared, String path, Attr<Integer> initialDelaySeconds,
      Attr<Integer> timeoutSeconds, Attr<Integer> periodSeconds, Attr<Integer> failureThreshold) {
    public static Probe none(String path) {
      return new Probe(false, path, Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent());
    }

    public String initialDelayPath() {
      return path + ".initial_delay_seconds";
    }

    public String timeoutPath() {
      return path + ".timeout_seconds";
    }

    public String periodPath() {
      return path + ".period_seconds";
    }

    public String failureThresholdPath() {
      return path + ".failure_threshold";
    }
  }
}
