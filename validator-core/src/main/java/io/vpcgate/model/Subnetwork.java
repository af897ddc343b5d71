package io.vpcgate.model;

import java.util.List;

/** A subnetwork with its primary and secondary ranges. */
public record Subnetwork(Origin origin, ResourceId id, Attr<NetworkRef> network, Attr<String> ipCidrRange,
    List<Attr<String>> secondaryRanges) implements Networked {
  public static final String KIND = "subnetwork";
  public static final Field NAME = new Field("name");
  public static final Field IP_CIDR_RANGE = new Field("ip_cidr_range");

  @Override
  public String terraformType() {
    return "google_compute_subnetwork";
  }

  public Subnetwork {
    secondaryRanges = List.copyOf(secondaryRanges);
  }
}
