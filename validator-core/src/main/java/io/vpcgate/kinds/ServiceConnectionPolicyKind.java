package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;
import static io.vpcgate.kind.Json.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.ForceNew;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Field;
import io.vpcgate.model.ServiceConnectionPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Service connection policies ({@code google_network_connectivity_service_connection_policy},
 * Network Connectivity API {@code projects.locations.serviceConnectionPolicies}, listed over every
 * location at once with "-"). A policy without {@code psc_config} has no subnetworks (known empty).
 * Only the subnetworks and the limit can be updated; a new network or service class re-creates it
 * (https://cloud.google.com/vpc/docs/configure-service-connection-policies; {@code immutable} in magic-modules
 * {@code mmv1/products/networkconnectivityv1/ServiceConnectionPolicy.yaml}).
 */
public final class ServiceConnectionPolicyKind implements Kind<ServiceConnectionPolicy> {

  @Override
  public String name() {
    return ServiceConnectionPolicy.KIND;
  }

  @Override
  public Class<ServiceConnectionPolicy> type() {
    return ServiceConnectionPolicy.class;
  }

  @Override
  public String title() {
    return "service connection policy";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_network_connectivity_service_connection_policy");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("networkconnectivity.googleapis.com/ServiceConnectionPolicy");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("service connection policies", "networkconnectivity.googleapis.com",
        "Network Connectivity API", "roles/networkconnectivity.viewer", "projects.locations.serviceConnectionPolicies.list",
        LiveList.Span.ALL_REGIONS));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Map.of("id", "projects/" + project + "/locations/" + r + "/serviceConnectionPolicies/" + name))
        .orElse(Map.of());
  }

  @Override
  public ServiceConnectionPolicy fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    TfNode psc = n.first("psc_config");
    Attr<List<String>> subnetworks = psc.isUnknown() ? Attr.unknown(psc.unknownReason())
        : psc.isMissing() ? Attr.known(List.of()) : Values.orDefault(psc.strings("subnetworks"), List.of());
    return new ServiceConnectionPolicy(t.origin(), t.id(ServiceConnectionPolicy.KIND), t.network("network"),
        n.str("service_class"), subnetworks, psc.isMissing() ? Attr.absent() : psc.integer("limit"));
  }

  @Override
  public Optional<ServiceConnectionPolicy> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    JsonNode psc = obj(d, "pscConfig");
    return Optional.of(new ServiceConnectionPolicy(a.origin(), a.id(ServiceConnectionPolicy.KIND, a.region()),
        a.network(d, "network"), str(d, "serviceClass"), Attr.known(strings(psc, "subnetworks")), integer(psc, "limit")));
  }

  @Override
  public List<DriftField<ServiceConnectionPolicy>> drift() {
    return List.of(DriftField.of("psc_config.limit", ServiceConnectionPolicy.LIMIT, false, p -> Values.known(p.limit())));
  }

  @Override
  public List<ForceNew<ServiceConnectionPolicy>> forceNew() {
    return List.of(
        new ForceNew<>("network", (d, b) -> Values.network("network", d.network(), b.network())),
        new ForceNew<>("service_class", (d, b) -> Values.differs("service_class", d.serviceClass(), b.serviceClass())));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(ServiceConnectionPolicy.NAME, ServiceConnectionPolicy.LOCATION, ServiceConnectionPolicy.NETWORK,
        ServiceConnectionPolicy.SERVICE_CLASS)
        .at(ServiceConnectionPolicy.SUBNETWORKS, "psc_config[0].subnetworks")
        .at(ServiceConnectionPolicy.LIMIT, "psc_config[0].limit").map();
  }
}
