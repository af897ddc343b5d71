package io.vpcgate.model;

import java.util.List;

/**
 * A private data store a workload reaches: Memorystore (Redis, Redis Cluster, Valkey, Memcached),
 * Cloud SQL, AlloyDB. Its endpoints (known after apply for one Terraform creates), and how it
 * attaches to a network: VPC peering, Private Service Access, Private Service Connect, or only a
 * public IP.
 */
public interface DataStore extends Networked {

  /** Where clients connect: a host (an address) and a port. */
  record Endpoint(Attr<String> host, Attr<Integer> port) {}

  /** Where its kind writes the address clients connect to (an attribute known after apply), for references to it. */
  Field ENDPOINT = new Field("endpoint");

  /** How the store joins a VPC network. */
  enum Attachment { PEERING, PRIVATE_SERVICE_ACCESS, PRIVATE_SERVICE_CONNECT, PUBLIC_IP_ONLY }

  List<Endpoint> endpoints();

  Attr<Attachment> attachment();

  /**
   * The network the store is reachable from privately: the peered or Private Service Access network,
   * or, for a Private Service Connect store that creates its own endpoints, its one consumer network;
   * absent with a public IP only.
   */
  @Override
  Attr<NetworkRef> network();

  /** What a person calls it in a message: "Redis google_redis_instance.cache (10.0.0.3:6379)". */
  String describe();
}
