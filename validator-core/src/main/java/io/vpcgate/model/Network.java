package io.vpcgate.model;

import java.util.List;

/**
 * A VPC network; auto mode reserves 10.128.0.0/9 for its subnets. {@code peerings} are the live
 * network's peerings (Private Service Access shows as {@code servicenetworking-googleapis-com});
 * Terraform declares peerings as resources of their own, so its networks have none.
 */
public record Network(Origin origin, ResourceId id, Attr<Boolean> autoCreateSubnetworks, List<Peering> peerings)
    implements Resource {
  public static final String KIND = "network";
  public static final Field NAME = new Field("name");
  public static final Field AUTO_CREATE_SUBNETWORKS = new Field("auto_create_subnetworks");
  /** The peering Private Service Access creates (Cloud SQL private IP, Memorystore PSA). */
  public static final String SERVICE_NETWORKING_PEERING = "servicenetworking-googleapis-com";

  public Network {
    peerings = List.copyOf(peerings);
  }

  public Network(Origin origin, ResourceId id, Attr<Boolean> autoCreateSubnetworks) {
    this(origin, id, autoCreateSubnetworks, List.of());
  }

  /** A peering: its name, the peer network (self link or path) and its state (ACTIVE, INACTIVE). */
  public record Peering(String name, String network, Attr<String> state) {}

  @Override
  public String terraformType() {
    return "google_compute_network";
  }

  public NetworkRef ref() {
    return new NetworkRef(id.projectOr(""), id.nameOr(""));
  }
}
