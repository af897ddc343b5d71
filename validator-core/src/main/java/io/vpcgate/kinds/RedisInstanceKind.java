package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.bool;
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
import io.vpcgate.model.Cidr;
import io.vpcgate.model.Field;
import io.vpcgate.model.RedisInstance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memorystore for Redis instances ({@code google_redis_instance}, REST {@code
 * projects.locations.instances}, listed over every location at once). Unset settings read as the
 * API's defaults (DIRECT_PEERING, the default network, BASIC, AUTH off); host and port are what a
 * plan or state records, else known after apply. ForceNew: connect_mode, authorized_network, tier, transit_encryption_mode and a
 * redis_version downgrade.
 */
public final class RedisInstanceKind implements Kind<RedisInstance> {
  private static final Pattern REDIS_VERSION = Pattern.compile("REDIS_(\\d+)_(\\d+|X)");

  @Override
  public String name() {
    return RedisInstance.KIND;
  }

  @Override
  public Class<RedisInstance> type() {
    return RedisInstance.class;
  }

  @Override
  public String title() {
    return "Memorystore for Redis instance";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_redis_instance");
  }

  @Override
  public List<String> dataSourceTypes() {
    return List.of("google_redis_instance");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("redis.googleapis.com/Instance");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("Memorystore instances", "redis.googleapis.com", "Memorystore for Redis API", "roles/redis.viewer",
        "projects.locations.instances.list", LiveList.Span.ALL_REGIONS));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Map.of("id", "projects/" + project + "/locations/" + r + "/instances/" + name)).orElse(Map.of());
  }

  @Override
  public RedisInstance fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    Attr<String> net = n.str("authorized_network");
    return new RedisInstance(t.origin(), t.id(RedisInstance.KIND),
        t.network(net.isAbsent() ? Attr.known("default") : net),
        Values.orDefault(n.str("connect_mode"), "DIRECT_PEERING"), n.str("reserved_ip_range"),
        Values.computed(n.str("host")), Values.computed(n.integer("port")),
        Values.orDefault(n.bool("auth_enabled"), false), n.str("transit_encryption_mode"),
        Values.orDefault(n.str("tier"), "BASIC"), n.str("redis_version"), n.str("read_replicas_mode"));
  }

  @Override
  public Optional<RedisInstance> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    return Optional.of(new RedisInstance(a.origin(), a.id(RedisInstance.KIND, a.region()), a.network(d, "authorizedNetwork"),
        Values.orDefault(str(d, "connectMode"), "DIRECT_PEERING"), str(d, "reservedIpRange"), str(d, "host"),
        integer(d, "port"), Values.orDefault(bool(d, "authEnabled"), false), str(d, "transitEncryptionMode"),
        Values.orDefault(str(d, "tier"), "BASIC"), str(d, "redisVersion"), str(d, "readReplicasMode")));
  }

  @Override
  public List<DriftField<RedisInstance>> drift() {
    return List.of(
        Drift.network("authorized_network", RedisInstance.AUTHORIZED_NETWORK, RedisInstance::authorizedNetwork),
        DriftField.of("connect_mode", RedisInstance.CONNECT_MODE, true, r -> Values.known(r.connectMode())),
        // A CIDR under DIRECT_PEERING; under PRIVATE_SERVICE_ACCESS Terraform names the allocated range
        // while the API returns the block it took from it, so only two CIDRs are compared.
        DriftField.of("reserved_ip_range", RedisInstance.RESERVED_IP_RANGE, true, r -> {
          boolean psa = r.connectMode().known().map("PRIVATE_SERVICE_ACCESS"::equals).orElse(false);
          return psa ? Optional.empty() : r.reservedRange().<Object>map(Cidr::canonical);
        }),
        DriftField.of("auth_enabled", RedisInstance.AUTH_ENABLED, false, r -> Values.known(r.authEnabled())),
        DriftField.of("transit_encryption_mode", RedisInstance.TRANSIT_ENCRYPTION_MODE, false,
            r -> Values.known(r.transitMode())));
  }

  @Override
  public List<ForceNew<RedisInstance>> forceNew() {
    return List.of(
        new ForceNew<>("connect_mode", (d, b) -> Values.differs("connect_mode", d.connectMode(), b.connectMode())),
        new ForceNew<>("authorized_network",
            (d, b) -> Values.network("authorized_network", d.authorizedNetwork(), b.authorizedNetwork())),
        new ForceNew<>("tier", (d, b) -> Values.differs("tier", d.tier(), b.tier())),
        new ForceNew<>("transit_encryption_mode",
            (d, b) -> Values.differs("transit_encryption_mode", d.transitMode(), b.transitMode())),
        new ForceNew<>("redis_version", RedisInstanceKind::downgrade));
  }

  private static Optional<String> downgrade(RedisInstance d, RedisInstance b) {
    Optional<Integer> dv = d.redisVersion().known().flatMap(RedisInstanceKind::version);
    Optional<Integer> bv = b.redisVersion().known().flatMap(RedisInstanceKind::version);
    if (dv.isPresent() && bv.isPresent() && dv.get() < bv.get()) {
      return Optional.of("redis_version " + b.redisVersion().known().get() + " -> " + d.redisVersion().known().get()
          + " (a downgrade)");
    }
    return Optional.empty();
  }

  private static Optional<Integer> version(String v) {
    Matcher m = REDIS_VERSION.matcher(v);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(m.group(1)) * 100 + (m.group(2).equals("X") ? 0 : Integer.parseInt(m.group(2))));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(RedisInstance.NAME, RedisInstance.REGION, RedisInstance.AUTHORIZED_NETWORK,
        RedisInstance.CONNECT_MODE, RedisInstance.RESERVED_IP_RANGE, RedisInstance.AUTH_ENABLED,
        RedisInstance.TRANSIT_ENCRYPTION_MODE, RedisInstance.TIER, RedisInstance.REDIS_VERSION)
        .at(io.vpcgate.model.DataStore.ENDPOINT, "host").map();
  }
}
