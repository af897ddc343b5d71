package io.vpcgate.model;

import java.util.List;
import java.util.Map;

/**
 * A version of an App Engine standard service ({@code google_app_engine_standard_app_version}, App
 * Engine Admin v1 {@code apps.services.versions}): a workload whose VPC egress is a Serverless VPC
 * Access connector ({@code vpc_access_connector {name, egress_setting}}, egress {@code
 * PRIVATE_IP_RANGES} or {@code ALL_TRAFFIC}, kept as written beside its normalised mode). Its
 * region is its application's location ({@code us-central} is {@code us-central1}); its name in
 * the identity is {@code SERVICE/VERSION}, unique within the application.
 */
public record AppEngineVersion(
    Origin origin,
    ResourceId id,
    Attr<String> service,
    Attr<String> versionId,
    EgressPath egress,
    Scaling scaling,
    List<EnvVar> env,
    Attr<String> serviceAccount) implements Workload {

  public static final String KIND = "app_engine_version";
  public static final String TERRAFORM_TYPE = "google_app_engine_standard_app_version";
  public static final Field BASIC_MAX_INSTANCES = new Field("basic scaling max instances");
  public static final Field MANUAL_INSTANCES = new Field("manual scaling instances");
  public static final Field CONNECTOR_EGRESS = new Field("connector egress setting");

  public AppEngineVersion {
    env = List.copyOf(env);
  }

  /** Which scaling block the version sets; NONE means automatic scaling with every default. */
  public enum ScalingType { AUTOMATIC, BASIC, MANUAL, NONE }

  /**
   * The scaling as written: automatic's {@code standard_scheduler_settings {min_instances,
   * max_instances}} and {@code max_concurrent_requests}, basic's {@code max_instances}, manual's
   * {@code instances}. {@code type} is unknown when the block itself is.
   */
  public record Scaling(Attr<ScalingType> type, Attr<Integer> automaticMinInstances,
      Attr<Integer> automaticMaxInstances, Attr<Integer> maxConcurrentRequests, Attr<Integer> basicMaxInstances,
      Attr<Integer> manualInstances) {}

  @Override
  public String terraformType() {
    return TERRAFORM_TYPE;
  }

  /** This version in {@code region}: where its application runs (see {@link AppEnginePlacement}). */
  public AppEngineVersion inRegion(String region) {
    return new AppEngineVersion(origin, new ResourceId(id.kind(), id.project(), Attr.known(region), id.name()), service,
        versionId, egress, scaling, env, serviceAccount);
  }

  /** App Engine's own service agent attaches versions to connectors. */
  @Override
  public String connectorAgent(String projectNumber) {
    return "service-" + projectNumber + "@gae-api-prod.google.com.iam.gserviceaccount.com";
  }

  /**
   * Known-empty: an App Engine standard version has no labels, neither in the provider's {@code
   * google_app_engine_standard_app_version} nor in App Engine Admin v1's {@code Version}, so a rule
   * about labels finds none here rather than never being judged.
   */
  @Override
  public Attr<Map<String, String>> labels() {
    return Attr.known(Map.of());
  }

  /** App Engine standard attaches no Cloud SQL instance by configuration. */
  @Override
  public Attr<List<String>> cloudSqlInstances() {
    return Attr.absent();
  }

  @Override
  public Attr<Integer> minInstances() {
    return scaling.type().isUnknown() ? Attr.unknown("the scaling block is not known before apply")
        : switch (scaling.type().known().orElse(ScalingType.NONE)) {
          case AUTOMATIC -> scaling.automaticMinInstances();
          case MANUAL -> scaling.manualInstances();
          case BASIC, NONE -> Attr.absent();
        };
  }

  /**
   * Automatic scaling's max_instances (0 "disables" the setting: no bound, so absent; unset: the
   * platform's default), basic scaling's max_instances, manual scaling's instances.
   */
  @Override
  public Attr<Integer> maxInstances() {
    return scaling.type().isUnknown() ? Attr.unknown("the scaling block is not known before apply")
        : switch (scaling.type().known().orElse(ScalingType.NONE)) {
          case AUTOMATIC -> scaling.automaticMaxInstances().known().filter(n -> n == 0).isPresent() ? Attr.absent()
              : scaling.automaticMaxInstances();
          case BASIC -> scaling.basicMaxInstances();
          case MANUAL -> scaling.manualInstances();
          case NONE -> Attr.absent();
        };
  }

  /** How App Engine's egress setting is normalised: unset is the API default, PRIVATE_IP_RANGES. */
  public static Attr<String> mode(Attr<String> setting) {
    if (setting.isAbsent()) {
      return Attr.known(EgressPath.PRIVATE_RANGES_ONLY);
    }
    return setting.map(e -> switch (e) {
      case "ALL_TRAFFIC" -> EgressPath.ALL_TRAFFIC;
      case "PRIVATE_IP_RANGES" -> EgressPath.PRIVATE_RANGES_ONLY;
      default -> e;
    });
  }
}
