package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.integer;
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
import io.vpcgate.model.DataStore.Endpoint;
import io.vpcgate.model.Field;
import io.vpcgate.model.RedisCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Memorystore for Redis Cluster ({@code google_redis_cluster}, REST {@code projects.locations.clusters},
 * listed over every location at once). The discovery endpoints and PSC connections are the server's,
 * known after apply. Unset authorization and in-transit encryption read as the provider's documented
 * defaults, AUTH_MODE_DISABLED and TRANSIT_ENCRYPTION_MODE_DISABLED. ForceNew: authorization_mode and
 * transit_encryption_mode ({@code immutable} in magic-modules {@code mmv1/products/redis/Cluster.yaml}).
 */
public final class RedisClusterKind implements Kind<RedisCluster> {

  @Override
  public String name() {
    return RedisCluster.KIND;
  }

  @Override
  public Class<RedisCluster> type() {
    return RedisCluster.class;
  }

  @Override
  public String title() {
    return "Memorystore for Redis Cluster";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_redis_cluster");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("redis.googleapis.com/Cluster");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("Memorystore for Redis clusters", "redis.googleapis.com", "Memorystore for Redis API",
        "roles/redis.viewer", "projects.locations.clusters.list", LiveList.Span.ALL_REGIONS));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Map.of("id", "projects/" + project + "/locations/" + r + "/clusters/" + name)).orElse(Map.of());
  }

  @Override
  public RedisCluster fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    TfNode connections = n.get("psc_connections");
    Attr<List<String>> addresses;
    if (connections.isUnknown()) {
      addresses = Attr.unknown(connections.unknownReason());
    } else if (connections.isMissing()) {
      addresses = Attr.unknown(PscFields.KNOWN_AFTER_APPLY);
    } else {
      List<String> out = new ArrayList<>();
      n.list("psc_connections").forEach(c -> c.str("address").known().ifPresent(out::add));
      addresses = Attr.known(out);
    }
    return new RedisCluster(t.origin(), t.id(RedisCluster.KIND), PscFields.consumers(t, n, "psc_configs", "network", null),
        PscFields.endpoints(n, "discovery_endpoints", e -> new Endpoint(e.str("address"), e.integer("port"))), addresses,
        Values.orDefault(n.str("authorization_mode"), "AUTH_MODE_DISABLED"),
        Values.orDefault(n.str("transit_encryption_mode"), "TRANSIT_ENCRYPTION_MODE_DISABLED"),
        n.integer("shard_count"), n.integer("replica_count"), n.str("node_type"));
  }

  @Override
  public Optional<RedisCluster> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    List<Endpoint> discovery = array(d, "discoveryEndpoints").stream().map(e -> PscFields.endpoint(e, "address")).toList();
    List<String> addresses = new ArrayList<>();
    array(d, "pscConnections").forEach(c -> str(c, "address").known().ifPresent(addresses::add));
    return Optional.of(new RedisCluster(a.origin(), a.id(RedisCluster.KIND, a.region()),
        Attr.known(PscFields.consumers(a, array(d, "pscConfigs"), "network", null)), Attr.known(discovery),
        Attr.known(addresses), Values.orDefault(str(d, "authorizationMode"), "AUTH_MODE_DISABLED"),
        Values.orDefault(str(d, "transitEncryptionMode"), "TRANSIT_ENCRYPTION_MODE_DISABLED"),
        integer(d, "shardCount"), integer(d, "replicaCount"), str(d, "nodeType")));
  }

  @Override
  public List<DriftField<RedisCluster>> drift() {
    return List.of(
        DriftField.of("authorization_mode", RedisCluster.AUTHORIZATION_MODE, false, c -> Values.known(c.authorizationMode())),
        DriftField.of("transit_encryption_mode", RedisCluster.TRANSIT_ENCRYPTION_MODE, false,
            c -> Values.known(c.transitEncryptionMode())),
        DriftField.of("shard_count", RedisCluster.SHARD_COUNT, false, c -> Values.known(c.shardCount())),
        DriftField.of("replica_count", RedisCluster.REPLICA_COUNT, false, c -> Values.known(c.replicaCount())));
  }

  @Override
  public List<ForceNew<RedisCluster>> forceNew() {
    return List.of(
        new ForceNew<>("authorization_mode",
            (d, b) -> Values.differs("authorization_mode", d.authorizationMode(), b.authorizationMode())),
        new ForceNew<>("transit_encryption_mode",
            (d, b) -> Values.differs("transit_encryption_mode", d.transitEncryptionMode(), b.transitEncryptionMode())));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(RedisCluster.NAME, RedisCluster.REGION, RedisCluster.AUTHORIZATION_MODE,
        RedisCluster.TRANSIT_ENCRYPTION_MODE, RedisCluster.SHARD_COUNT, RedisCluster.REPLICA_COUNT)
        .at(RedisCluster.PSC_CONFIGS, "psc_configs[0].network")
        .at(io.vpcgate.model.PscStore.AUTO_CONNECTIONS, "psc_configs[0].network")
        .at(io.vpcgate.model.DataStore.ENDPOINT, "discovery_endpoints[0].address").map();
  }
}
