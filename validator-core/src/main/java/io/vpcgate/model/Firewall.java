package io.vpcgate.model;

import java.util.List;

/** A VPC firewall rule; {@code allowed}/{@code denied} are {@code tcp:6379}, {@code tcp:1000-2000}, {@code all}. */
public record Firewall(Origin origin, ResourceId id, Attr<NetworkRef> network, Attr<String> direction,
    Attr<Integer> priority, Attr<Boolean> disabled, List<String> targetTags, List<String> sourceRanges,
    List<String> destinationRanges, List<String> allowed, List<String> denied, List<String> targetServiceAccounts)
    implements Networked {
  public static final String KIND = "firewall";
  public static final Field NAME = new Field("name");

  @Override
  public String terraformType() {
    return "google_compute_firewall";
  }

  public Firewall {
    targetTags = List.copyOf(targetTags);
    sourceRanges = List.copyOf(sourceRanges);
    destinationRanges = List.copyOf(destinationRanges);
    allowed = List.copyOf(allowed);
    denied = List.copyOf(denied);
    targetServiceAccounts = List.copyOf(targetServiceAccounts);
  }
}
