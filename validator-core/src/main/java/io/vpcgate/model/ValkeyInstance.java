package io.vpcgate.model;

import java.util.List;

/**
 * A Memorystore for Valkey instance ({@code google_memorystore_instance}, REST {@code
 * memorystore.googleapis.com} {@code projects.locations.instances}), in mode CLUSTER or
 * CLUSTER_DISABLED. Clients reach it through the Private Service Connect endpoints the service
 * creates in the networks of {@code desired_auto_created_endpoints} (formerly {@code
 * desired_psc_auto_connections}), through the service connection policy for class {@value
 * #SERVICE_CLASS}. Its endpoints are the discovery connections, known after apply. {@link
 * #network()} is its one consumer network, as for {@link RedisCluster}.
 */
public record ValkeyInstance(
    Origin origin,
    ResourceId id,
    Attr<List<PscConsumer>> autoCreatedEndpoints,
    Attr<List<Endpoint>> discoveryEndpoints,
    Attr<String> mode,
    Attr<String> authorizationMode,
    Attr<String> transitEncryptionMode,
    Attr<Integer> shardCount,
    Attr<Integer> replicaCount) implements DiscoveryStore {

  public static final String KIND = "valkey_instance";
  public static final String SERVICE_CLASS = "gcp-memorystore";
  public static final Field NAME = new Field("instance_id");
  public static final Field LOCATION = new Field("location");
  public static final Field AUTO_CREATED_ENDPOINTS = new Field("desired_auto_created_endpoints");
  public static final Field MODE = new Field("mode");
  public static final Field AUTHORIZATION_MODE = new Field("authorization_mode");
  public static final Field TRANSIT_ENCRYPTION_MODE = new Field("transit_encryption_mode");
  public static final Field SHARD_COUNT = new Field("shard_count");

  @Override
  public String terraformType() {
    return "google_memorystore_instance";
  }

  @Override
  public String label() {
    return "Valkey";
  }

  @Override
  public String serviceClass() {
    return SERVICE_CLASS;
  }

  @Override
  public Attr<List<PscConsumer>> autoConnections() {
    return autoCreatedEndpoints;
  }

  @Override
  public Resource withComputedFrom(Resource live) {
    if (!(live instanceof ValkeyInstance l)) {
      return this;
    }
    return new ValkeyInstance(origin, id, autoCreatedEndpoints,
        discoveryEndpoints.isKnown() ? discoveryEndpoints : l.discoveryEndpoints, mode, authorizationMode,
        transitEncryptionMode, shardCount, replicaCount);
  }
}
