package io.vpcgate.model;

/** A resource that belongs to one VPC network: a connector, a subnetwork, a firewall rule, a data store... */
public interface Networked extends Resource {
  Attr<NetworkRef> network();
}
