package io.vpcgate.model;

import java.util.List;

/**
 * A Memorystore for Memcached instance ({@code google_memcache_instance}, Memcache {@code Instance}): on
 * its authorized network through Private Service Access (the provider: "If not provided, 'default' will be
 * used"), with nodes at {@code host:port} (known after apply), a discovery endpoint, and optionally the
 * names of the allocated ranges it draws from ({@code reserved_ip_range_id}).
 */
public record MemcacheInstance(Origin origin, ResourceId id, Attr<NetworkRef> authorizedNetwork,
    Attr<List<String>> reservedIpRangeIds, Attr<Integer> nodeCount, Attr<List<Endpoint>> nodes,
    Attr<String> discoveryEndpoint) implements DataStore {
  public static final String KIND = "memcache_instance";
  public static final Field NAME = new Field("name");
  public static final Field REGION = new Field("region");
  public static final Field AUTHORIZED_NETWORK = new Field("authorized_network");
  public static final Field RESERVED_IP_RANGE_ID = new Field("reserved_ip_range_id");
  public static final Field NODE_COUNT = new Field("node_count");

  @Override
  public String terraformType() {
    return "google_memcache_instance";
  }

  /** Each node's host and port; one unknown endpoint while the nodes are known only after apply. */
  @Override
  public List<Endpoint> endpoints() {
    return nodes.known().orElse(List.of(new Endpoint(Attr.unknown("known after apply"), Attr.unknown("known after apply"))));
  }

  @Override
  public Attr<Attachment> attachment() {
    return Attr.known(Attachment.PRIVATE_SERVICE_ACCESS);
  }

  @Override
  public Attr<NetworkRef> network() {
    return authorizedNetwork;
  }

  /** "Memcached google_memcache_instance.sessions (2 nodes)": from API values, never env values. */
  @Override
  public String describe() {
    return "Memcached " + address() + nodeCount.known().map(n -> " (" + n + (n == 1 ? " node)" : " nodes)")).orElse("");
  }

  @Override
  public Resource withComputedFrom(Resource live) {
    if (!(live instanceof MemcacheInstance l)) {
      return this;
    }
    return new MemcacheInstance(origin, id, authorizedNetwork, reservedIpRangeIds, nodeCount,
        nodes.isUnknown() ? l.nodes : nodes, discoveryEndpoint.isUnknown() ? l.discoveryEndpoint : discoveryEndpoint);
  }
}
