package io.vpcgate.model;

import java.util.Optional;

/**
 * A Memorystore for Redis instance (tier BASIC or STANDARD_HA; redisVersion REDIS_7_0...;
 * readReplicasMode READ_REPLICAS_ENABLED or _DISABLED). {@code reservedIpRange} is a CIDR under DIRECT_PEERING and the
 * name of an allocated range under PRIVATE_SERVICE_ACCESS, so it stays a string.
 */
public record RedisInstance(
    Origin origin,
    ResourceId id,
    Attr<NetworkRef> authorizedNetwork,
    Attr<String> connectMode,
    Attr<String> reservedIpRange,
    Attr<String> host,
    Attr<Integer> port,
    Attr<Boolean> authEnabled,
    Attr<String> transitEncryptionMode,
    Attr<String> tier,
    Attr<String> redisVersion,
    Attr<String> readReplicasMode) implements DataStore {

  public static final String KIND = "redis_instance";
  public static final Field NAME = new Field("name");
  public static final Field REGION = new Field("region");
  public static final Field AUTHORIZED_NETWORK = new Field("authorized_network");
  public static final Field CONNECT_MODE = new Field("connect_mode");
  public static final Field RESERVED_IP_RANGE = new Field("reserved_ip_range");
  public static final Field AUTH_ENABLED = new Field("auth_enabled");
  public static final Field TRANSIT_ENCRYPTION_MODE = new Field("transit_encryption_mode");
  public static final Field TIER = new Field("tier");
  public static final Field REDIS_VERSION = new Field("redis_version");

  @Override
  public String terraformType() {
    return "google_redis_instance";
  }

  @Override
  public java.util.List<Endpoint> endpoints() {
    return java.util.List.of(new Endpoint(host, port));
  }

  /** DIRECT_PEERING (the default) peers with the authorized network; PRIVATE_SERVICE_ACCESS uses its PSA connection. */
  @Override
  public Attr<Attachment> attachment() {
    return connectMode.map(m -> m.equals("PRIVATE_SERVICE_ACCESS") ? Attachment.PRIVATE_SERVICE_ACCESS : Attachment.PEERING);
  }

  @Override
  public Attr<NetworkRef> network() {
    return authorizedNetwork;
  }

  /** "Redis staging-cache (10.166.204.91:6379)": from API values, never env values. */
  @Override
  public String describe() {
    return "Redis " + address() + " (" + host.known().orElse("?") + port.known().map(p -> ":" + p).orElse("") + ")";
  }

  /** The in-transit encryption mode, unset and UNSPECIFIED read as the API default DISABLED. */
  public Attr<String> transitMode() {
    return transitEncryptionMode.isAbsent() ? Attr.known("DISABLED")
        : transitEncryptionMode.map(m -> m.equals("TRANSIT_ENCRYPTION_MODE_UNSPECIFIED") ? "DISABLED" : m);
  }

  /** The reserved range when it is a CIDR (DIRECT_PEERING). */
  public Optional<Cidr> reservedRange() {
    return reservedIpRange.known().flatMap(Cidr::tryParse);
  }

  @Override
  public Resource withComputedFrom(Resource live) {
    if (!(live instanceof RedisInstance l)) {
      return this;
    }
    return new RedisInstance(origin, id, authorizedNetwork, connectMode,
        reservedIpRange.isKnown() ? reservedIpRange : l.reservedIpRange,
        host.isUnknown() ? l.host : host, port.isUnknown() ? l.port : port,
        authEnabled, transitEncryptionMode, tier, redisVersion.isUnknown() ? l.redisVersion : redisVersion,
        readReplicasMode);
  }
}
