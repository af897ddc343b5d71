package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.bool;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.AlloyDbCluster;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Field;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AlloyDB clusters ({@code google_alloydb_cluster}, named by {@code cluster_id} in {@code location};
 * AlloyDB Admin {@code projects.locations.clusters.list} over every location with "-"). The network is
 * {@code network_config.network}, else the older top-level {@code network}; the provider documents it as
 * {@code projects/{projectNumber}/global/networks/{network_id}} and says "The network must belong to the
 * same project as the cluster", so a project number in it reads as the cluster's own project.
 */
public final class AlloyDbClusterKind implements Kind<AlloyDbCluster> {

  @Override
  public String name() {
    return AlloyDbCluster.KIND;
  }

  @Override
  public Class<AlloyDbCluster> type() {
    return AlloyDbCluster.class;
  }

  @Override
  public String title() {
    return "AlloyDB cluster";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_alloydb_cluster");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("alloydb.googleapis.com/Cluster");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("AlloyDB clusters", "alloydb.googleapis.com", "AlloyDB API", "roles/alloydb.viewer",
        "projects.locations.clusters.list", LiveList.Span.ALL_REGIONS));
  }

  @Override
  public String nameAttribute(String terraformType) {
    return "cluster_id";
  }

  /** {@code id} and {@code name} are both {@code projects/P/locations/L/clusters/C}: what instances name in {@code cluster}. */
  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> "projects/" + project + "/locations/" + r + "/clusters/" + name)
        .map(full -> Map.of("id", full, "name", full)).orElse(Map.of());
  }

  @Override
  public AlloyDbCluster fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    ResourceId id = new ResourceId(AlloyDbCluster.KIND, t.project(), t.region(), n.str("cluster_id"));
    Attr<String> net = n.first("network_config").str("network");
    if (net.isAbsent()) {
      net = n.str("network");
    }
    return new AlloyDbCluster(t.origin(), id, ownProject(t.network(net), id.project()),
        n.first("network_config").str("allocated_ip_range"), n.first("psc_config").bool("psc_enabled"));
  }

  @Override
  public Optional<AlloyDbCluster> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    ResourceId id = a.id(AlloyDbCluster.KIND, a.region());
    JsonNode config = obj(d, "networkConfig");
    Attr<NetworkRef> net = a.network(config, "network");
    if (net.isAbsent()) {
      net = a.network(d, "network");
    }
    return Optional.of(new AlloyDbCluster(a.origin(), id, ownProject(net, id.project()), str(config, "allocatedIpRange"),
        bool(obj(d, "pscConfig"), "pscEnabled")));
  }

  /** A network named by project number is in the cluster's own project (the provider requires it). */
  private static Attr<NetworkRef> ownProject(Attr<NetworkRef> net, Attr<String> project) {
    return net.map(n -> n.project().matches("\\d+") || n.project().isEmpty()
        ? new NetworkRef(project.known().orElse(""), n.name()) : n);
  }

  @Override
  public List<DriftField<AlloyDbCluster>> drift() {
    return List.of(Drift.network("network_config.network", AlloyDbCluster.NETWORK, AlloyDbCluster::network),
        DriftField.of("network_config.allocated_ip_range", AlloyDbCluster.ALLOCATED_IP_RANGE, false,
            c -> Values.known(c.allocatedIpRange())));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(AlloyDbCluster.NAME).at(AlloyDbCluster.NETWORK, "network_config[0].network")
        .at(AlloyDbCluster.ALLOCATED_IP_RANGE, "network_config[0].allocated_ip_range")
        .at(AlloyDbCluster.PSC_ENABLED, "psc_config[0].psc_enabled").map();
  }
}
