package io.vpcgate.model;

import java.util.List;

/**
 * A service connection policy ({@code google_network_connectivity_service_connection_policy},
 * Network Connectivity API {@code ServiceConnectionPolicy}): it lets the managed service of one
 * service class create Private Service Connect endpoints in its network and region (its location),
 * with addresses from its subnetworks, up to its limit of connections. One per network, region and
 * service class.
 */
public record ServiceConnectionPolicy(
    Origin origin,
    ResourceId id,
    Attr<NetworkRef> network,
    Attr<String> serviceClass,
    Attr<List<String>> subnetworks,
    Attr<Integer> limit) implements Networked {

  public static final String KIND = "service_connection_policy";
  public static final Field NAME = new Field("name");
  public static final Field LOCATION = new Field("location");
  public static final Field NETWORK = new Field("network");
  public static final Field SERVICE_CLASS = new Field("service_class");
  public static final Field SUBNETWORKS = new Field("subnetworks");
  public static final Field LIMIT = new Field("limit");

  @Override
  public String terraformType() {
    return "google_network_connectivity_service_connection_policy";
  }

  /** The region a subnetwork written as a path or self link is in ({@code .../regions/R/subnetworks/S}); empty for a bare name. */
  public static java.util.Optional<String> subnetworkRegion(String subnetwork) {
    String[] parts = subnetwork.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals("regions")) {
        return java.util.Optional.of(parts[i + 1]);
      }
    }
    return java.util.Optional.empty();
  }
}
