package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.ForceNew;
import io.vpcgate.kind.Json;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DataStore.Endpoint;
import io.vpcgate.model.Field;
import io.vpcgate.model.MemcacheInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Memorystore for Memcached instances ({@code google_memcache_instance}; Memcache {@code
 * projects.locations.instances.list} over every location with "-"). An unset authorized_network is
 * {@code default} (the provider: "If not provided, 'default' will be used"); it is immutable, so changing it
 * replaces the instance. The nodes' hosts and ports are known after apply.
 */
public final class MemcacheInstanceKind implements Kind<MemcacheInstance> {

  @Override
  public String name() {
    return MemcacheInstance.KIND;
  }

  @Override
  public Class<MemcacheInstance> type() {
    return MemcacheInstance.class;
  }

  @Override
  public String title() {
    return "Memorystore for Memcached instance";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_memcache_instance");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("memcache.googleapis.com/Instance");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("Memcached instances", "memcache.googleapis.com", "Cloud Memorystore for Memcached API",
        "roles/memcache.viewer", "projects.locations.instances.list", LiveList.Span.ALL_REGIONS));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Map.of("id", "projects/" + project + "/locations/" + r + "/instances/" + name)).orElse(Map.of());
  }

  @Override
  public MemcacheInstance fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    Attr<String> net = n.str("authorized_network");
    return new MemcacheInstance(t.origin(), t.id(MemcacheInstance.KIND), t.network(net.isAbsent() ? Attr.known("default") : net),
        n.strings("reserved_ip_range_id"), n.integer("node_count"), nodes(n), Values.computed(n.str("discovery_endpoint")));
  }

  /** memcache_nodes from a plan or state; known after apply otherwise. */
  private static Attr<List<Endpoint>> nodes(TfNode n) {
    if (n.get("memcache_nodes").isMissing() || n.get("memcache_nodes").isUnknown()) {
      return Attr.unknown("known after apply");
    }
    List<Endpoint> out = new ArrayList<>();
    for (TfNode node : n.list("memcache_nodes")) {
      out.add(new Endpoint(node.str("host"), node.integer("port")));
    }
    return Attr.known(out);
  }

  @Override
  public Optional<MemcacheInstance> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    List<Endpoint> nodes = new ArrayList<>();
    for (JsonNode node : array(d, "memcacheNodes")) {
      nodes.add(new Endpoint(str(node, "host"), integer(node, "port")));
    }
    List<String> ranges = Json.strings(d, "reservedIpRangeId");
    return Optional.of(new MemcacheInstance(a.origin(), a.id(MemcacheInstance.KIND, a.region()),
        a.network(d, "authorizedNetwork"),
        ranges.isEmpty() ? Attr.absent() : Attr.known(ranges), integer(d, "nodeCount"), Attr.known(nodes),
        str(d, "discoveryEndpoint")));
  }

  @Override
  public List<DriftField<MemcacheInstance>> drift() {
    return List.of(
        Drift.network("authorized_network", MemcacheInstance.AUTHORIZED_NETWORK, MemcacheInstance::authorizedNetwork),
        DriftField.of("node_count", MemcacheInstance.NODE_COUNT, false, m -> Values.known(m.nodeCount())));
  }

  @Override
  public List<ForceNew<MemcacheInstance>> forceNew() {
    return List.of(new ForceNew<>("authorized_network",
        (d, b) -> Values.network("authorized_network", d.authorizedNetwork(), b.authorizedNetwork())));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(MemcacheInstance.NAME, MemcacheInstance.REGION, MemcacheInstance.AUTHORIZED_NETWORK,
        MemcacheInstance.RESERVED_IP_RANGE_ID, MemcacheInstance.NODE_COUNT)
        .at(io.vpcgate.model.DataStore.ENDPOINT, "discovery_endpoint").map();
  }
}
