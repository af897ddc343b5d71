package io.vpcgate.kinds;

import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.CloudRunService.Probe;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cloud Run services, v2 ({@code google_cloud_run_v2_service}) and v1 ({@code
 * google_cloud_run_service}, whose network settings are template annotations), read live with Cloud
 * Run Admin v2 ({@code services.list} per region: the API takes no "-"). Drift compares the
 * connector by identity, egress with its default and both spellings, env names and Cloud SQL
 * attachments as sets, env values without ever showing them; not the ingress nor the labels, which
 * are read for rules only.
 */
public final class CloudRunServiceKind implements Kind<CloudRunService> {
  private static final String V2 = "google_cloud_run_v2_service";
  private static final String V1 = "google_cloud_run_service";

  @Override
  public String name() {
    return CloudRunService.KIND;
  }

  @Override
  public Class<CloudRunService> type() {
    return CloudRunService.class;
  }

  @Override
  public String title() {
    return "Cloud Run service";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of(V2, V1);
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("run.googleapis.com/Service");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("Cloud Run services", "run.googleapis.com", "Cloud Run Admin API", "roles/run.viewer",
        "projects.locations.services.list", LiveList.Span.PER_REGION));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Map.of("id", "projects/" + project + "/locations/" + r + "/services/" + name)).orElse(Map.of());
  }

  @Override
  public CloudRunService fromTerraform(TerraformFields t) {
    return t.type().equals(V2) ? CloudRunServiceTerraform.v2(t) : CloudRunServiceTerraform.v1(t);
  }

  @Override
  public Optional<CloudRunService> fromAsset(AssetFields a) {
    return Optional.of(CloudRunServiceAsset.map(a.asset(), a.data(), a.origin()));
  }

  @Override
  public Map<Field, String> paths(String type) {
    if (type.equals(V1)) {
      String annotations = "template[0].metadata[0].annotations";
      return Paths.of().at(CloudRunService.NAME, "name").at(CloudRunService.LOCATION, "location")
          .at(CloudRunService.TEMPLATE, "template[0]").at(CloudRunService.TEMPLATE_ANNOTATIONS, annotations)
          .at(CloudRunService.VPC_ACCESS, annotations).at(CloudRunService.CONNECTOR, annotations)
          .at(CloudRunService.EGRESS, annotations).at(CloudRunService.NETWORK_INTERFACES, annotations)
          .at(CloudRunService.FIRST_NETWORK_INTERFACE, annotations)
          .at(CloudRunService.MIN_INSTANCES, annotations).at(CloudRunService.MAX_INSTANCES, annotations)
          .at(CloudRunService.CLOUD_SQL_INSTANCES, annotations)
          .at(CloudRunService.EXECUTION_ENVIRONMENT, annotations)
          .at(CloudRunService.SERVICE_ACCOUNT, "template[0].spec[0].service_account_name")
          .at(CloudRunService.TIMEOUT, "template[0].spec[0].timeout_seconds")
          .at(CloudRunService.CONCURRENCY, "template[0].spec[0].container_concurrency")
          .at(CloudRunService.ENV, "template[0].spec[0].containers[0].env")
          .at(CloudRunService.STARTUP_PROBE, "template[0].spec[0].containers[0].startup_probe[0]")
          .at(CloudRunService.INGRESS, "metadata[0].annotations").at(CloudRunService.LABELS, "metadata[0].labels").map();
    }
    return Paths.of().at(CloudRunService.NAME, "name").at(CloudRunService.LOCATION, "location")
        .at(CloudRunService.TEMPLATE, "template[0]").at(CloudRunService.TEMPLATE_ANNOTATIONS, "template[0].annotations")
        .at(CloudRunService.VPC_ACCESS, "template[0].vpc_access[0]")
        .at(CloudRunService.CONNECTOR, "template[0].vpc_access[0].connector")
        .at(CloudRunService.EGRESS, "template[0].vpc_access[0].egress")
        .at(CloudRunService.NETWORK_INTERFACES, "template[0].vpc_access[0].network_interfaces")
        .at(CloudRunService.FIRST_NETWORK_INTERFACE, "template[0].vpc_access[0].network_interfaces[0]")
        .at(CloudRunService.MIN_INSTANCES, "template[0].scaling[0].min_instance_count")
        .at(CloudRunService.MAX_INSTANCES, "template[0].scaling[0].max_instance_count")
        .at(CloudRunService.CLOUD_SQL_INSTANCES, "template[0].volumes[0].cloud_sql_instance[0].instances")
        .at(CloudRunService.EXECUTION_ENVIRONMENT, "template[0].execution_environment")
        .at(CloudRunService.SERVICE_ACCOUNT, "template[0].service_account")
        .at(CloudRunService.TIMEOUT, "template[0].timeout")
        .at(CloudRunService.CONCURRENCY, "template[0].max_instance_request_concurrency")
        .at(CloudRunService.ENV, "template[0].containers[0].env")
        .at(CloudRunService.STARTUP_PROBE, "template[0].containers[0].startup_probe[0]")
        .at(CloudRunService.INGRESS, "ingress").at(CloudRunService.LABELS, "labels").map();
  }

  @Override
  public List<DriftField<CloudRunService>> drift() {
    List<DriftField<CloudRunService>> out = new ArrayList<>();
    out.add(new DriftField<>("vpc_access.connector", CloudRunService.CONNECTOR, true, CloudRunServiceKind::connectorOf,
        CloudRunServiceKind::sameConnector, v -> v instanceof ConnectorRef c ? c.describe() : "none", (a, b) -> null));
    out.add(DriftField.of("vpc_access.egress", CloudRunService.EGRESS, true, s -> Values.known(s.egress().mode())));
    out.add(DriftField.of("vpc_access.network_interfaces", CloudRunService.NETWORK_INTERFACES, true, s -> {
      Attr<Integer> n = s.egress().interfaceCount();
      return n.isAbsent() ? Optional.of(0) : Values.known(n);
    }));
    out.add(DriftField.of("scaling.max_instance_count", CloudRunService.MAX_INSTANCES, false,
        s -> Values.known(s.maxInstances())));
    out.add(DriftField.of("scaling.min_instance_count", CloudRunService.MIN_INSTANCES, false,
        s -> Values.known(s.minInstances())));
    out.add(DriftField.of("service_account", CloudRunService.SERVICE_ACCOUNT, false, s -> Values.known(s.serviceAccount())));
    out.add(DriftField.of("cloud_sql_instances", CloudRunService.CLOUD_SQL_INSTANCES, false, s -> {
      Attr<List<String>> a = s.cloudSqlInstances();
      return a.isAbsent() ? Optional.of(new TreeSet<>()) : a.known().map(TreeSet::new);
    }));
    out.add(DriftField.of("env names", CloudRunService.ENV, true, CloudRunServiceKind::envNames));
    out.add(new DriftField<>("env values", CloudRunService.ENV, false, CloudRunServiceKind::envValues,
        CloudRunServiceKind::sameCommonValues, v -> "(values not shown)", CloudRunServiceKind::differingValues));
    out.add(DriftField.of("startup_probe", CloudRunService.STARTUP_PROBE, false, CloudRunServiceKind::startupProbe));
    return out;
  }

  /** The connector a service names, or "none"; empty when unknown. */
  private static Optional<Object> connectorOf(CloudRunService s) {
    if (s.egress().connector().isAbsent()) {
      return Optional.of("none");
    }
    return ConnectorRef.of(s).map(Object.class::cast);
  }

  private static boolean sameConnector(Object a, Object b) {
    if (a instanceof ConnectorRef x && b instanceof ConnectorRef y) {
      return x.id().sameAs(y.id()) || y.id().sameAs(x.id());
    }
    return a.equals(b);
  }

  private static Optional<Object> envNames(CloudRunService s) {
    if (s.containers().isEmpty()) {
      return Optional.empty();
    }
    TreeSet<String> names = new TreeSet<>();
    for (EnvVar e : s.containers().get(0).env()) {
      if (!e.name().isKnown()) {
        return Optional.empty();
      }
      names.add(e.name().known().get());
    }
    return Optional.of(names);
  }

  /** Non-secret literal values by name; values never leave this class except as "differ". */
  private static Optional<Object> envValues(CloudRunService s) {
    if (s.containers().isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> values = new TreeMap<>();
    for (EnvVar e : s.containers().get(0).env()) {
      if (!e.fromSecret() && e.name().isKnown() && e.value().isKnown()) {
        values.put(e.name().known().get(), e.value().known().get());
      }
    }
    return Optional.of(values);
  }

  @SuppressWarnings("unchecked")
  private static boolean sameCommonValues(Object a, Object b) {
    Map<String, String> x = (Map<String, String>) a;
    Map<String, String> y = (Map<String, String>) b;
    return x.keySet().stream().filter(y::containsKey).allMatch(k -> x.get(k).equals(y.get(k)));
  }

  @SuppressWarnings("unchecked")
  private static String differingValues(Object a, Object b) {
    Map<String, String> x = (Map<String, String>) a;
    Map<String, String> y = (Map<String, String>) b;
    return "the values of " + String.join(", ", x.keySet().stream().filter(y::containsKey)
        .filter(k -> !x.get(k).equals(y.get(k))).toList()) + " differ (values not shown)";
  }

  /** A startup probe Terraform declares, with the API defaults filled in; not compared when undeclared. */
  private static Optional<Object> startupProbe(CloudRunService s) {
    if (s.containers().isEmpty() || !s.containers().get(0).startupProbe().declared()) {
      return Optional.empty();
    }
    Probe p = s.containers().get(0).startupProbe();
    List<Optional<Integer>> v = List.of(p.initialDelaySeconds().orDefault(0), p.timeoutSeconds().orDefault(1),
        p.periodSeconds().orDefault(10), p.failureThreshold().orDefault(3));
    if (v.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of("initial_delay " + v.get(0).get() + "s, timeout " + v.get(1).get() + "s, period "
        + v.get(2).get() + "s, failure_threshold " + v.get(3).get());
  }
}
