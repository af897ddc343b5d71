package io.vpcgate.gcp;

/**
 * The Google Cloud APIs the live read has clients for: a client's identity, so that tests can point
 * its endpoint at a fake. What each API is called, which role reads it and which kinds it lists come
 * from the kinds registry.
 */
public enum Api {
  RUN, VPCACCESS, REDIS, SQLADMIN, COMPUTE, ASSET,
  FUNCTIONS,
  /** Network Connectivity (service connection policies). Memorystore for Redis Cluster shares {@link #REDIS}'s service. */
  NETWORKCONNECTIVITY,
  APPENGINE,
  ALLOYDB, MEMCACHE
}
