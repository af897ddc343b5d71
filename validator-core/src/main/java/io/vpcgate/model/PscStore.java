package io.vpcgate.model;

import java.util.List;

/**
 * A data store that reaches its clients through Private Service Connect endpoints that the service
 * creates itself in consumer networks (service connectivity automation): Memorystore for Redis
 * Cluster, Memorystore for Valkey, Cloud SQL with automatic PSC connections. It can create them only
 * where a service connection policy for its {@link #serviceClass()} exists in that network and region.
 */
public interface PscStore extends DataStore {
  /** Where the consumer networks are written (each kind maps it to its attribute path). */
  Field AUTO_CONNECTIONS = new Field("psc auto connections");

  /** The service class its policies name: {@code gcp-memorystore-redis}, {@code gcp-memorystore}, {@code google-cloud-sql}. */
  String serviceClass();

  /**
   * The consumer networks where it creates endpoints automatically; known empty when it creates none,
   * unknown when they are not known before apply.
   */
  Attr<List<PscConsumer>> autoConnections();
}
