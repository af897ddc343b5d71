package io.vpcgate.model;

import java.util.List;
import java.util.Map;

/**
 * A Cloud Function, 1st gen ({@code google_cloudfunctions_function}, Cloud Functions v1) or 2nd gen
 * ({@code google_cloudfunctions2_function}, v2 {@code serviceConfig}): a workload. The live read and
 * Cloud Asset Inventory's {@code cloudfunctions.googleapis.com/Function} give both generations in
 * the v2 shape, told apart by {@code environment}.
 *
 * <p>Both egress settings are kept as written, because each has its own enum: {@code
 * connectorEgress} is {@code vpc_connector_egress_settings} ({@code PRIVATE_RANGES_ONLY} or {@code
 * ALL_TRAFFIC}), {@code directVpcEgress} is 2nd gen's {@code direct_vpc_egress} ({@code
 * VPC_EGRESS_PRIVATE_RANGES_ONLY} or {@code VPC_EGRESS_ALL_TRAFFIC}). {@link #egress()} carries the
 * setting of the path the function uses, normalised. A 2nd gen function runs on a Cloud Run service
 * that Cloud Functions manages: {@code service} names it ({@code projects/P/locations/R/services/S}).
 * Both generations write their {@link #labels()} at the top level ({@code labels}).
 */
public record CloudFunction(
    Origin origin,
    ResourceId id,
    Generation generation,
    EgressPath egress,
    Attr<String> connectorEgress,
    Attr<String> directVpcEgress,
    Attr<Integer> minInstances,
    Attr<Integer> maxInstances,
    Attr<Integer> concurrency,
    List<EnvVar> env,
    Attr<String> serviceAccount,
    Attr<String> service,
    Attr<Map<String, String>> labels) implements Workload {

  public static final String KIND = "cloud_function";
  public static final String GEN1_TYPE = "google_cloudfunctions_function";
  public static final String GEN2_TYPE = "google_cloudfunctions2_function";
  public static final Field NAME = new Field("name");
  /** 2nd gen's {@code direct_vpc_egress}: the Direct VPC egress setting. */
  public static final Field DIRECT_VPC_EGRESS = new Field("direct vpc egress");
  public static final Field CONCURRENCY = new Field("concurrency");
  /**
   * vpcgate's own key in a function's {@code serviceConfig}, never the API's: the live read's
   * client library received fields it has no name for (newer than the library, such as Direct
   * VPC's), so its JSON leaves them out; their field numbers are listed under this key.
   */
  public static final String UNREAD_FIELDS = "vpcgate:unreadFields";

  public CloudFunction {
    env = List.copyOf(env);
  }

  /** The generation: {@code GEN_1} and {@code GEN_2} are the v2 API's {@code Environment} values. */
  public enum Generation { GEN_1, GEN_2 }

  @Override
  public String terraformType() {
    return generation == Generation.GEN_1 ? GEN1_TYPE : GEN2_TYPE;
  }

  /** Cloud Functions' own service agent attaches functions of both generations to connectors. */
  @Override
  public String connectorAgent(String projectNumber) {
    return "service-" + projectNumber + "@gcf-admin-robot.iam.gserviceaccount.com";
  }

  /** Functions attach no Cloud SQL instances the way Cloud Run does: they connect by address or socket library. */
  @Override
  public Attr<List<String>> cloudSqlInstances() {
    return Attr.absent();
  }

  /** The Cloud Run service a 2nd gen function runs on is the server's choice: known from the live twin. */
  @Override
  public Resource withComputedFrom(Resource live) {
    if (!(live instanceof CloudFunction l) || !service.isUnknown() || l.generation != generation) {
      return this;
    }
    return new CloudFunction(origin, id, generation, egress, connectorEgress, directVpcEgress, minInstances, maxInstances,
        concurrency, env, serviceAccount, l.service, labels);
  }

  /**
   * Whether this 2nd gen function runs on the Cloud Run service {@code run} (its {@code
   * serviceConfig.service}, {@code projects/P/locations/R/services/S}): that service is the
   * function's, managed by Cloud Functions (its labels carry {@code goog-managed-by: cloudfunctions}),
   * not a workload of its own. The project is compared only when both are ids, not numbers.
   */
  public boolean runsOn(ResourceId run) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^projects/([^/]+)/locations/([^/]+)/services/([^/]+)$")
        .matcher(service.known().orElse(""));
    if (!m.matches() || !run.region().equals(Attr.known(m.group(2))) || !run.name().equals(Attr.known(m.group(3)))) {
      return false;
    }
    String project = m.group(1);
    return project.chars().allMatch(Character::isDigit) || run.project().known().map(p -> p.equals(project)
        || p.chars().allMatch(Character::isDigit)).orElse(true);
  }

  /**
   * How an egress setting is normalised for {@link EgressPath#mode()}: both enums to {@link
   * EgressPath#ALL_TRAFFIC} or {@link EgressPath#PRIVATE_RANGES_ONLY}; unset, and the
   * {@code _UNSPECIFIED} value, are the API's default, private ranges only (v1 {@code
   * VpcConnectorEgressSettings}; magic-modules' {@code directVpcEgress}); any other value as it is.
   */
  public static Attr<String> mode(Attr<String> setting) {
    if (setting.isAbsent()) {
      return Attr.known(EgressPath.PRIVATE_RANGES_ONLY);
    }
    return setting.map(s -> switch (s) {
      case "ALL_TRAFFIC", "VPC_EGRESS_ALL_TRAFFIC" -> EgressPath.ALL_TRAFFIC;
      case "PRIVATE_RANGES_ONLY", "VPC_EGRESS_PRIVATE_RANGES_ONLY", "VPC_CONNECTOR_EGRESS_SETTINGS_UNSPECIFIED",
          "DIRECT_VPC_EGRESS_UNSPECIFIED" -> EgressPath.PRIVATE_RANGES_ONLY;
      default -> s;
    });
  }

  /**
   * The egress path of a function: through {@code connector}, or Direct VPC on {@code interfaces}
   * (2nd gen only), with the setting of the path in use; when neither is set, the setting written,
   * if any (a setting with no path to apply to). {@code interfaceCount} is unknown when the input
   * cannot tell whether there are Direct VPC interfaces. It is declared when a connector or an
   * interface is (both settings are computed by the provider, so a plan or state holds them anyway).
   */
  public static EgressPath path(Attr<String> connector, Attr<String> connectorEgress, Attr<String> directVpcEgress,
      Attr<Integer> interfaceCount, List<EgressPath.NetworkInterface> interfaces) {
    boolean direct = interfaceCount.known().map(n -> n > 0).orElse(false);
    Attr<String> setting = direct ? directVpcEgress
        : connector.isKnown() || connectorEgress.isKnown() || directVpcEgress.isAbsent() ? connectorEgress : directVpcEgress;
    return new EgressPath(!connector.isAbsent() || !interfaceCount.isAbsent(), connector, setting, mode(setting), interfaceCount, interfaces);
  }
}
