package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.ForceNew;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.Field;
import io.vpcgate.model.VpcConnector;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serverless VPC Access connectors ({@code google_vpc_access_connector}, REST {@code
 * projects.locations.connectors}). ForceNew: name, network, ip_cidr_range, subnet, the throughput
 * fields, and any decrease of min or max instances (the provider's {@code isInstanceShrinkage}).
 */
public final class VpcConnectorKind implements Kind<VpcConnector> {

  @Override
  public String name() {
    return VpcConnector.KIND;
  }

  @Override
  public Class<VpcConnector> type() {
    return VpcConnector.class;
  }

  @Override
  public String title() {
    return "Serverless VPC Access connector";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_vpc_access_connector");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("vpcaccess.googleapis.com/Connector");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("VPC Access connectors", "vpcaccess.googleapis.com", "Serverless VPC Access API", "roles/vpcaccess.viewer",
        "projects.locations.connectors.list", LiveList.Span.PER_REGION));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> "projects/" + project + "/locations/" + r + "/connectors/" + name)
        .map(path -> Map.of("id", path, "self_link", path)).orElse(Map.of());
  }

  @Override
  public VpcConnector fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    TfNode subnet = n.first("subnet");
    return new VpcConnector(t.origin(), t.id(VpcConnector.KIND), t.network("network"), n.str("ip_cidr_range"),
        subnet.str("name"), subnet.str("project_id"), n.integer("min_instances"), n.integer("max_instances"),
        n.integer("min_throughput"), n.integer("max_throughput"), n.str("machine_type"), Attr.absent());
  }

  @Override
  public Optional<VpcConnector> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    JsonNode subnet = obj(d, "subnet");
    return Optional.of(new VpcConnector(a.origin(), a.id(VpcConnector.KIND, a.region()), a.network(d, "network"),
        str(d, "ipCidrRange"), str(subnet, "name"), str(subnet, "projectId"),
        integer(d, "minInstances"), integer(d, "maxInstances"),
        integer(d, "minThroughput"), integer(d, "maxThroughput"), str(d, "machineType"), str(d, "state")));
  }

  @Override
  public List<DriftField<VpcConnector>> drift() {
    return List.of(
        DriftField.of("ip_cidr_range", VpcConnector.IP_CIDR_RANGE, true, c -> c.range().map(Cidr::canonical)),
        Drift.network("network", VpcConnector.NETWORK, VpcConnector::network),
        DriftField.of("subnet.name", VpcConnector.SUBNET_NAME, true, c -> Values.known(c.subnetName())),
        DriftField.of("min_instances", VpcConnector.MIN_INSTANCES, true, c -> Values.known(c.minInstances())),
        DriftField.of("max_instances", VpcConnector.MAX_INSTANCES, true, c -> Values.known(c.maxInstances())),
        DriftField.of("machine_type", VpcConnector.MACHINE_TYPE, false, c -> Values.known(c.machineType())));
  }

  @Override
  public List<ForceNew<VpcConnector>> forceNew() {
    return List.of(
        new ForceNew<>("ip_cidr_range", (d, b) -> d.range().isPresent() && b.range().isPresent()
            && !d.range().get().canonical().equals(b.range().get().canonical())
            ? Optional.of("ip_cidr_range " + b.range().get() + " -> " + d.range().get()) : Optional.empty()),
        new ForceNew<>("network", (d, b) -> Values.network("network", d.network(), b.network())),
        new ForceNew<>("subnet.name", (d, b) -> Values.differs("subnet.name", d.subnetName(), b.subnetName())),
        new ForceNew<>("min_throughput", (d, b) -> d.origin().configured("min_throughput").orElse(false)
            ? Values.differs("min_throughput", d.minThroughput(), b.minThroughput()) : Optional.empty()),
        new ForceNew<>("max_throughput", (d, b) -> d.origin().configured("max_throughput").orElse(false)
            ? Values.differs("max_throughput", d.maxThroughput(), b.maxThroughput()) : Optional.empty()),
        new ForceNew<>("min_instances", (d, b) -> Values.shrinks("min_instances", d.minInstances(), b.minInstances())),
        new ForceNew<>("max_instances", (d, b) -> Values.shrinks("max_instances", d.maxInstances(), b.maxInstances())));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(VpcConnector.NAME, VpcConnector.REGION, VpcConnector.NETWORK, VpcConnector.IP_CIDR_RANGE,
            VpcConnector.MIN_INSTANCES, VpcConnector.MAX_INSTANCES, VpcConnector.MIN_THROUGHPUT,
            VpcConnector.MAX_THROUGHPUT, VpcConnector.MACHINE_TYPE)
        .at(VpcConnector.SUBNET, "subnet[0]").at(VpcConnector.SUBNET_NAME, "subnet[0].name").map();
  }
}
