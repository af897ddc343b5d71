package io.vpcgate.model;

/**
 * A Cloud NAT declared on its own ({@code google_compute_router_nat}): the router it belongs to (by
 * name, in the NAT's project and region) and which source ranges it translates. Live NATs are part
 * of their {@link Router}.
 */
public record RouterNat(Origin origin, ResourceId id, Attr<String> router, Attr<String> sourceRanges,
    java.util.List<String> subnetworks) implements Resource {
  public static final String KIND = "router_nat";

  public RouterNat {
    subnetworks = java.util.List.copyOf(subnetworks);
  }

  @Override
  public String terraformType() {
    return "google_compute_router_nat";
  }
}
