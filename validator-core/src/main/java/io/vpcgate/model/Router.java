package io.vpcgate.model;

import java.util.List;

/** A Cloud Router and the Cloud NAT gateways configured on it. */
public record Router(Origin origin, ResourceId id, Attr<NetworkRef> network, List<Nat> nats) implements Networked {
  public static final String KIND = "router";

  @Override
  public String terraformType() {
    return "google_compute_router";
  }

  public Router {
    nats = List.copyOf(nats);
  }

  /** A NAT gateway: {@code sourceRanges} is ALL_SUBNETWORKS_ALL_IP_RANGES, LIST_OF_SUBNETWORKS, ... */
  public record Nat(Attr<String> name, Attr<String> sourceRanges, List<String> subnetworks) {
    public Nat {
      subnetworks = List.copyOf(subnetworks);
    }
  }
}
