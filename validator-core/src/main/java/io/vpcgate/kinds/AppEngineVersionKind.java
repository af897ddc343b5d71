package io.vpcgate.kinds;

import io.vpcgate.model.AppEngineLocations;
import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.input.hcl.Value;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.AppEngineVersion;
import io.vpcgate.model.AppEngineVersion.Scaling;
import io.vpcgate.model.AppEngineVersion.ScalingType;
import io.vpcgate.model.Attr;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.Field;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * App Engine standard versions ({@code google_app_engine_standard_app_version}: {@code
 * vpc_access_connector {name, egress_setting}}, the scaling blocks, {@code env_variables}, {@code
 * service_account}, {@code service}, {@code version_id}), Cloud Asset type {@code
 * appengine.googleapis.com/Version}, read live with the App Engine Admin API (the application's
 * location, its services, then each service's versions in the FULL view). The version's region is
 * its application's location, which the version's Terraform does not state: unknown there, never
 * guessed. Drift compares the connector, the egress setting and the service account; env values
 * are never shown.
 */
public final class AppEngineVersionKind implements Kind<AppEngineVersion> {

  @Override
  public String name() {
    return AppEngineVersion.KIND;
  }

  @Override
  public Class<AppEngineVersion> type() {
    return AppEngineVersion.class;
  }

  @Override
  public String title() {
    return "App Engine standard version";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of(AppEngineVersion.TERRAFORM_TYPE);
  }

  @Override
  public String nameAttribute(String terraformType) {
    return "version_id";
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("appengine.googleapis.com/Version");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("App Engine versions", "appengine.googleapis.com", "App Engine Admin API",
        "roles/appengine.appViewer", "apps.services.versions.list", LiveList.Span.GLOBAL));
  }

  @Override
  public AppEngineVersion fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    Attr<String> service = n.str("service");
    Attr<String> version = n.str("version_id");
    ResourceId id = new ResourceId(AppEngineVersion.KIND, t.project(),
        Attr.unknown("an App Engine version runs in its application's location"), qualified(service, version));
    return new AppEngineVersion(t.origin(), id, service, version, egress(n), scaling(n), env(t, n),
        n.str("service_account"));
  }

  /** {@code SERVICE/VERSION}: a version id is unique only within its service. */
  private static Attr<String> qualified(Attr<String> service, Attr<String> version) {
    if (service.isKnown() && version.isKnown()) {
      return Attr.known(service.known().get() + "/" + version.known().get());
    }
    return service.isUnknown() ? service : version.isUnknown() ? version : Attr.absent();
  }

  private static EgressPath egress(TfNode n) {
    TfNode connector = n.first("vpc_access_connector");
    TfNode direct = n.first("vpc_access"); // google-beta's Direct VPC block
    Attr<String> name = connector.isUnknown() ? Attr.unknown(connector.unknownReason()) : connector.str("name");
    Attr<String> setting = connector.isUnknown() ? Attr.unknown(connector.unknownReason())
        : Attr.unsetIfEmpty(!connector.isMissing() ? connector.str("egress_setting") : direct.str("egress_setting"));
    List<TfNode> nics = direct.list("network_interfaces");
    Attr<Integer> count = direct.isUnknown() ? Attr.unknown(direct.unknownReason())
        : direct.get("network_interfaces").isUnknown() ? Attr.unknown(direct.get("network_interfaces").unknownReason())
        : nics.isEmpty() ? Attr.absent() : Attr.known(nics.size());
    return new EgressPath(!connector.isMissing() || !direct.isMissing(), name, setting, AppEngineVersion.mode(setting),
        count, nics.stream().map(i -> new EgressPath.NetworkInterface(i.str("network"), i.str("subnetwork"),
            i.strings("tags").known().orElse(List.of()))).toList());
  }

  private static Scaling scaling(TfNode n) {
    TfNode automatic = n.first("automatic_scaling");
    TfNode basic = n.first("basic_scaling");
    TfNode manual = n.first("manual_scaling");
    Attr<ScalingType> type;
    if (automatic.isUnknown() || basic.isUnknown() || manual.isUnknown()) {
      type = Attr.unknown("a scaling block is not known before apply");
    } else {
      type = Attr.known(!manual.isMissing() ? ScalingType.MANUAL : !basic.isMissing() ? ScalingType.BASIC
          : !automatic.isMissing() ? ScalingType.AUTOMATIC : ScalingType.NONE);
    }
    TfNode scheduler = automatic.first("standard_scheduler_settings");
    return new Scaling(type, scheduler.integer("min_instances"), scheduler.integer("max_instances"),
        automatic.integer("max_concurrent_requests"), basic.integer("max_instances"), manual.integer("instances"));
  }

  /**
   * {@code env_variables}: a map of names to literal values, each at {@code env_variables.NAME}.
   * Terraform records the resources a map is computed from for the whole attribute, not per key; an
   * entry gets them only when it is the one entry not known before apply (or the only entry), so
   * that no variable is said to point at a store another variable names.
   */
  private static List<EnvVar> env(TerraformFields t, TfNode n) {
    List<EnvVar> out = new ArrayList<>();
    if (!(n.get("env_variables").value() instanceof Value.MapV m)) {
      return out;
    }
    List<String> refs = t.referencesAt("env_variables");
    long computed = m.entries().values().stream().filter(v -> !new TfNode(v).asStr().isKnown()).count();
    m.entries().forEach((k, v) -> {
      Attr<String> value = new TfNode(v).asStr();
      boolean owns = m.entries().size() == 1 || computed == 1 && !value.isKnown();
      out.add(new EnvVar(Attr.known(k), value, false, "env_variables." + k, Attr.absent(), Attr.absent(),
          owns ? refs : List.of()));
    });
    return out;
  }

  @Override
  public Optional<AppEngineVersion> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    String service = a.asset().segment("services");
    String version = str(d, "id").known().orElse(a.asset().shortName());
    ResourceId id = new ResourceId(AppEngineVersion.KIND, Attr.ofNullable(a.asset().segment("apps")),
        AppEngineLocations.region(a.asset().location()), Attr.known((service == null ? "" : service + "/") + version));
    JsonNode connector = obj(d, "vpcAccessConnector");
    Attr<String> setting = str(connector, "egressSetting");
    EgressPath egress = new EgressPath(!connector.isMissingNode(), str(connector, "name"), setting,
        AppEngineVersion.mode(setting), Attr.absent(), List.of());
    JsonNode automatic = obj(d, "automaticScaling");
    JsonNode scheduler = obj(automatic, "standardSchedulerSettings");
    Scaling scaling = new Scaling(Attr.known(d.has("manualScaling") ? ScalingType.MANUAL
        : d.has("basicScaling") ? ScalingType.BASIC : d.has("automaticScaling") ? ScalingType.AUTOMATIC
        : ScalingType.NONE), integer(scheduler, "minInstances"), integer(scheduler, "maxInstances"),
        integer(automatic, "maxConcurrentRequests"), integer(obj(d, "basicScaling"), "maxInstances"),
        integer(obj(d, "manualScaling"), "instances"));
    List<EnvVar> env = new ArrayList<>();
    obj(d, "envVariables").fields().forEachRemaining(e -> env.add(new EnvVar(Attr.known(e.getKey()),
        Attr.known(e.getValue().asText()), false, "envVariables." + e.getKey())));
    return Optional.of(new AppEngineVersion(a.origin(), id, Attr.ofNullable(service), Attr.known(version), egress,
        scaling, env, str(d, "serviceAccount")));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.of()
        .at(Workload.VPC_ACCESS, "vpc_access_connector[0]")
        .at(Workload.CONNECTOR, "vpc_access_connector[0].name")
        .at(Workload.EGRESS, "vpc_access_connector[0].egress_setting")
        .at(AppEngineVersion.CONNECTOR_EGRESS, "vpc_access_connector[0].egress_setting")
        .at(Workload.NETWORK_INTERFACES, "vpc_access[0].network_interfaces")
        .at(Workload.FIRST_NETWORK_INTERFACE, "vpc_access[0].network_interfaces[0]")
        .at(Workload.MIN_INSTANCES, "automatic_scaling[0].standard_scheduler_settings[0].min_instances")
        .at(Workload.MAX_INSTANCES, "automatic_scaling[0].standard_scheduler_settings[0].max_instances")
        .at(AppEngineVersion.BASIC_MAX_INSTANCES, "basic_scaling[0].max_instances")
        .at(AppEngineVersion.MANUAL_INSTANCES, "manual_scaling[0].instances")
        .at(Workload.SERVICE_ACCOUNT, "service_account")
        .at(Workload.ENV, "env_variables").map();
  }

  @Override
  public List<DriftField<AppEngineVersion>> drift() {
    return List.of(
        WorkloadDrift.connector("vpc_access_connector.name"),
        DriftField.of("vpc_access_connector.egress_setting", Workload.EGRESS, true,
            v -> v.egress().connector().isAbsent() ? Optional.empty() : Values.known(v.egress().mode())),
        DriftField.of("service_account", Workload.SERVICE_ACCOUNT, false, v -> Values.known(v.serviceAccount())));
  }
}
