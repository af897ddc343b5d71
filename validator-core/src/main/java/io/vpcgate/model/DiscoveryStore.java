package io.vpcgate.model;

import java.util.List;

/**
 * A Private Service Connect store that clients reach through its discovery endpoints, created in
 * its one consumer network: Memorystore for Redis Cluster and Memorystore for Valkey.
 */
public interface DiscoveryStore extends PscStore {
  /** The discovery endpoints the API reports (known after apply). */
  Attr<List<Endpoint>> discoveryEndpoints();

  /** What a person calls its kind in a message: "Redis Cluster", "Valkey". */
  String label();

  /** The discovery endpoints; one endpoint known after apply while they are not known. */
  @Override
  default List<Endpoint> endpoints() {
    return discoveryEndpoints().known().filter(l -> !l.isEmpty())
        .orElse(List.of(new Endpoint(Attr.unknown("known after apply"), Attr.unknown("known after apply"))));
  }

  @Override
  default Attr<Attachment> attachment() {
    return Attr.known(Attachment.PRIVATE_SERVICE_CONNECT);
  }

  /** Its one consumer network: where its endpoints are, and so the network a client's egress must enter. */
  @Override
  default Attr<NetworkRef> network() {
    return Psc.singleNetwork(autoConnections());
  }

  /** "Redis Cluster google_redis_cluster.cache (10.0.0.5:6379)": API values only. */
  @Override
  default String describe() {
    Endpoint e = endpoints().get(0);
    return label() + " " + address() + " (" + e.host().known().orElse("?")
        + e.port().known().map(p -> ":" + p).orElse("") + ")";
  }
}
