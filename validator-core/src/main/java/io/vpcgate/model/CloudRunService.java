package io.vpcgate.model;

import java.util.List;
import java.util.Map;

/**
 * A Cloud Run service, v2 ({@code google_cloud_run_v2_service}, REST v2) or v1 ({@code
 * google_cloud_run_service}, Knative shape with annotations): a workload. Its egress setting is kept
 * as written ({@code ALL_TRAFFIC} in v2, {@code all-traffic} in v1) beside its normalised mode, so
 * rules can validate the spelling. Its {@link #ingress()} is normalised to the v2 spelling ({@link
 * #ingressOf}); its {@link #labels()} are the service's own (v2 {@code labels}, v1 {@code
 * metadata.labels}), not the revision template's.
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
    Provenance provenance,
    Attr<String> ingress,
    Attr<Map<String, String>> labels) implements Workload {

  public static final String KIND = "cloud_run_service";
  public static final Field NAME = new Field("name");
  public static final Field TEMPLATE = new Field("template");
  public static final Field TEMPLATE_ANNOTATIONS = new Field("template annotations");
  public static final Field TIMEOUT = new Field("timeout");
  public static final Field CONCURRENCY = new Field("concurrency");
  public static final Field EXECUTION_ENVIRONMENT = new Field("execution environment");
  public static final Field STARTUP_PROBE = new Field("startup probe");
  public static final Field INGRESS = new Field("ingress");
  /** Every source may call the service: the API's default ingress. */
  public static final String INGRESS_TRAFFIC_ALL = "INGRESS_TRAFFIC_ALL";
  public static final String INGRESS_TRAFFIC_INTERNAL_ONLY = "INGRESS_TRAFFIC_INTERNAL_ONLY";
  public static final String INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER";

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
    if (containers.size() == 1) {
      return containers.get(0).env(); // the common case, asked for by many rules: no copy
    }
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
   * How a v1 or v2 ingress setting is normalised, to the v2 {@code IngressTraffic} spelling. v2
   * writes the enum in {@code ingress}: {@code INGRESS_TRAFFIC_ALL}, {@code
   * INGRESS_TRAFFIC_INTERNAL_ONLY} or {@code INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER} (magic-modules
   * {@code mmv1/products/cloudrunv2/Service.yaml}; Cloud Run Admin v2 {@code Service.ingress},
   * https://cloud.google.com/run/docs/reference/rest/v2/projects.locations.services, and its enum
   * {@code IngressTraffic},
   * https://cloud.google.com/dotnet/docs/reference/Google.Cloud.Run.V2/latest/Google.Cloud.Run.V2.IngressTraffic,
   * which also has {@code INGRESS_TRAFFIC_NONE}, kept as written). v1 writes the annotation {@code
   * run.googleapis.com/ingress} on the service's metadata, whose values are the gcloud flag's: {@code
   * all}, {@code internal}, {@code internal-and-cloud-load-balancing} (the Cloud SDK's {@code
   * googlecloudsdk/api_lib/run/service.py}; {@code gcloud run deploy --ingress},
   * https://cloud.google.com/sdk/gcloud/reference/run/deploy). Unset stays absent, and so does {@code
   * INGRESS_TRAFFIC_UNSPECIFIED}, which the API returns when no revision is active: a caller applies
   * the default, {@link #INGRESS_TRAFFIC_ALL} ("The default ingress paths and ingress setting allow
   * any resource on the internet to reach your Cloud Run service",
   * https://cloud.google.com/run/docs/securing/ingress). Any other value is kept as written.
   */
  public static Attr<String> ingressOf(Attr<String> setting) {
    Attr<String> s = Attr.unsetIfEmpty(setting);
    if (s.known().filter("INGRESS_TRAFFIC_UNSPECIFIED"::equals).isPresent()) {
      return Attr.absent();
    }
    return s.map(i -> switch (i) {
      case "all" -> INGRESS_TRAFFIC_ALL;
      case "internal" -> INGRESS_TRAFFIC_INTERNAL_ONLY;
      case "internal-and-cloud-load-balancing" -> INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER;
      default -> i;
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
