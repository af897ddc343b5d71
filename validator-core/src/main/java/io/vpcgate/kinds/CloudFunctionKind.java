package io.vpcgate.kinds;

import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.CloudFunction;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Cloud Functions, 1st gen ({@code google_cloudfunctions_function}) and 2nd gen ({@code
 * google_cloudfunctions2_function}), one kind because one name space: the v2 API lists both
 * generations ({@code projects/P/locations/-}, {@code environment} GEN_1 or GEN_2), and so does
 * Cloud Asset Inventory's {@code cloudfunctions.googleapis.com/Function} (its {@code
 * cloudfunctions.googleapis.com/CloudFunction}, 1st gen only in the v1 shape, is not read: it would
 * read a 1st gen function twice). ForceNew: only the identity (name, region or location, project:
 * magic-modules' {@code resource_cloudfunctions_function.go} and {@code cloudfunctions2/Function.yaml}
 * mark them so), which joins a different resource anyway; none of the fields modelled here. Drift compares the connector by identity, the egress
 * mode with its default, scaling bounds, the service account and the env names; the labels ({@code
 * labels} in both generations) are read for rules only.
 */
public final class CloudFunctionKind implements Kind<CloudFunction> {

  @Override
  public String name() {
    return CloudFunction.KIND;
  }

  @Override
  public Class<CloudFunction> type() {
    return CloudFunction.class;
  }

  @Override
  public String title() {
    return "Cloud Function";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of(CloudFunction.GEN1_TYPE, CloudFunction.GEN2_TYPE);
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("cloudfunctions.googleapis.com/Function");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("Cloud Functions", "cloudfunctions.googleapis.com", "Cloud Functions API",
        "roles/cloudfunctions.viewer", "projects.locations.functions.list", LiveList.Span.ALL_REGIONS));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    if (type.equals(CloudFunction.GEN1_TYPE)) {
      return Map.of();
    }
    return region.map(r -> Map.of("id", "projects/" + project + "/locations/" + r + "/functions/" + name)).orElse(Map.of());
  }

  @Override
  public CloudFunction fromTerraform(TerraformFields t) {
    return t.type().equals(CloudFunction.GEN1_TYPE) ? CloudFunctionTerraform.gen1(t) : CloudFunctionTerraform.gen2(t);
  }

  @Override
  public Optional<CloudFunction> fromAsset(AssetFields a) {
    return Optional.of(CloudFunctionAsset.map(a));
  }

  @Override
  public Map<Field, String> paths(String type) {
    if (type.equals(CloudFunction.GEN1_TYPE)) {
      return Paths.of().at(CloudFunction.NAME, "name").at(CloudFunction.LOCATION, "region")
          .at(CloudFunction.CONNECTOR, "vpc_connector").at(CloudFunction.VPC_ACCESS, "vpc_connector")
          .at(CloudFunction.EGRESS, "vpc_connector_egress_settings")
          .at(CloudFunction.MIN_INSTANCES, "min_instances").at(CloudFunction.MAX_INSTANCES, "max_instances")
          .at(CloudFunction.SERVICE_ACCOUNT, "service_account_email").at(CloudFunction.ENV, "environment_variables")
          .at(CloudFunction.LABELS, "labels").map();
    }
    String c = "service_config[0].";
    return Paths.of().at(CloudFunction.NAME, "name").at(CloudFunction.LOCATION, "location")
        .at(CloudFunction.VPC_ACCESS, "service_config[0]")
        .at(CloudFunction.CONNECTOR, c + "vpc_connector").at(CloudFunction.EGRESS, c + "vpc_connector_egress_settings")
        .at(CloudFunction.DIRECT_VPC_EGRESS, c + "direct_vpc_egress")
        .at(CloudFunction.NETWORK_INTERFACES, c + "direct_vpc_network_interface")
        .at(CloudFunction.FIRST_NETWORK_INTERFACE, c + "direct_vpc_network_interface[0]")
        .at(CloudFunction.MIN_INSTANCES, c + "min_instance_count").at(CloudFunction.MAX_INSTANCES, c + "max_instance_count")
        .at(CloudFunction.CONCURRENCY, c + "max_instance_request_concurrency")
        .at(CloudFunction.SERVICE_ACCOUNT, c + "service_account_email").at(CloudFunction.ENV, c + "environment_variables")
        .at(CloudFunction.LABELS, "labels").map();
  }

  @Override
  public List<DriftField<CloudFunction>> drift() {
    return List.of(
        new DriftField<>("vpc_connector", CloudFunction.CONNECTOR, true, CloudFunctionKind::connectorOf,
            CloudFunctionKind::sameConnector, v -> v instanceof ConnectorRef c ? c.describe() : "none", (a, b) -> null),
        DriftField.of("egress", CloudFunction.EGRESS, true, f -> Values.known(f.egress().mode())),
        DriftField.of("direct_vpc_network_interface", CloudFunction.NETWORK_INTERFACES, true,
            f -> f.egress().interfaceCount().isAbsent() ? Optional.of(0) : Values.known(f.egress().interfaceCount())),
        DriftField.of("max instances", CloudFunction.MAX_INSTANCES, false, f -> Values.known(f.maxInstances())),
        DriftField.of("min instances", CloudFunction.MIN_INSTANCES, false, f -> Values.known(f.minInstances())),
        DriftField.of("service_account_email", CloudFunction.SERVICE_ACCOUNT, false,
            f -> Values.known(f.serviceAccount())),
        DriftField.of("env names", CloudFunction.ENV, true, CloudFunctionKind::envNames));
  }

  /** The connector a function names, or "none"; empty when unknown. */
  private static Optional<Object> connectorOf(CloudFunction f) {
    if (f.egress().connector().isAbsent() || f.egress().connector().known().map(String::isEmpty).orElse(false)) {
      return Optional.of("none");
    }
    return ConnectorRef.of(f).map(Object.class::cast);
  }

  private static boolean sameConnector(Object a, Object b) {
    if (a instanceof ConnectorRef x && b instanceof ConnectorRef y) {
      return x.id().sameAs(y.id()) || y.id().sameAs(x.id());
    }
    return a.equals(b);
  }

  /**
   * The env names, without LOG_EXECUTION_ID: the API adds it to 2nd gen functions itself (the
   * provider suppresses its diff: magic-modules {@code environmentVariablesDiffSuppress}).
   */
  private static Optional<Object> envNames(CloudFunction f) {
    TreeSet<String> names = new TreeSet<>();
    for (EnvVar e : f.env()) {
      if (!e.name().isKnown()) {
        return Optional.empty();
      }
      names.add(e.name().known().get());
    }
    names.remove("LOG_EXECUTION_ID");
    return Optional.of(names);
  }
}
