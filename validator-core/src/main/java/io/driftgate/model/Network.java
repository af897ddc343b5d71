package io.driftgate.model;

/** A VPC network; auto mode reserves 10.128.0.0/9 for its subnets. */
public record Network(Origin origin, ResourceId id, Attr<Boolean> autoCreateSubnetworks) implements Resource {
  public static final String KIND = "network";

  @Override
  public String terraformType() {
    return "google_compute_network";
  }

  public NetworkRef ref() {
    return new NetworkRef(id.projectOr(""), id.nameOr(""));
  }
}
