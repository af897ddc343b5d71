package io.vpcgate.model;

import java.util.List;

/**
 * A Memorystore for Redis Cluster ({@code google_redis_cluster}, REST {@code
 * projects.locations.clusters}). Clients reach it through Private Service Connect: the service
 * creates, in the consumer network of its PSC config (one is supported), a discovery endpoint
 * (address and port, known after apply) and the connections behind it, through the service
 * connection policy for class {@value #SERVICE_CLASS} in that network and region.
 *
 * <p>{@link #network()} is that consumer network: the network a client's egress must enter to reach
 * the endpoints, which the service places there itself (unlike peering, there is no producer network
 * to be on). With PSC the attachment is {@link DataStore.Attachment#PRIVATE_SERVICE_CONNECT}.
 */
public record RedisCluster(
    Origin origin,
    ResourceId id,
    Attr<List<PscConsumer>> pscConfigs,
    Attr<List<Endpoint>> discoveryEndpoints,
    Attr<List<String>> pscConnectionAddresses,
    Attr<String> authorizationMode,
    Attr<String> transitEncryptionMode,
    Attr<Integer> shardCount,
    Attr<Integer> replicaCount,
    Attr<String> nodeType) implements DiscoveryStore {

  public static final String KIND = "redis_cluster";
  public static final String SERVICE_CLASS = "gcp-memorystore-redis";
  public static final Field NAME = new Field("name");
  public static final Field REGION = new Field("region");
  public static final Field PSC_CONFIGS = new Field("psc_configs");
  public static final Field AUTHORIZATION_MODE = new Field("authorization_mode");
  public static final Field TRANSIT_ENCRYPTION_MODE = new Field("transit_encryption_mode");
  public static final Field SHARD_COUNT = new Field("shard_count");
  public static final Field REPLICA_COUNT = new Field("replica_count");

  @Override
  public String terraformType() {
    return "google_redis_cluster";
  }

  @Override
  public String label() {
    return "Redis Cluster";
  }

  @Override
  public String serviceClass() {
    return SERVICE_CLASS;
  }

  @Override
  public Attr<List<PscConsumer>> autoConnections() {
    return pscConfigs;
  }

  @Override
  public Resource withComputedFrom(Resource live) {
    if (!(live instanceof RedisCluster l)) {
      return this;
    }
    return new RedisCluster(origin, id, pscConfigs, discoveryEndpoints.isKnown() ? discoveryEndpoints : l.discoveryEndpoints,
        pscConnectionAddresses.isKnown() ? pscConnectionAddresses : l.pscConnectionAddresses, authorizationMode,
        transitEncryptionMode, shardCount, replicaCount, nodeType);
  }
}
