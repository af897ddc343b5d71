package io.vpcgate.model;

import java.util.Optional;

/** A global address; with purpose VPC_PEERING it is a Private Service Access range. */
public record GlobalAddress(Origin origin, ResourceId id, Attr<NetworkRef> network, Attr<String> ipAddress,
    Attr<Integer> prefixLength, Attr<String> purpose) implements Networked {
  public static final String KIND = "global_address";
  public static final Field NAME = new Field("name");
  public static final Field PREFIX_LENGTH = new Field("prefix_length");

  @Override
  public String terraformType() {
    return "google_compute_global_address";
  }

  /** The allocated range when address and prefix are known. */
  public Optional<Cidr> range() {
    if (ipAddress.known().isEmpty() || prefixLength.known().isEmpty()) {
      return Optional.empty();
    }
    return Cidr.tryParse(ipAddress.known().get() + "/" + prefixLength.known().get());
  }
}
