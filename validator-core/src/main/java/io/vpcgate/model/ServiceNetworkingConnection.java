package io.vpcgate.model;

import java.util.List;

/**
 * A Private Service Access connection ({@code google_service_networking_connection}): the peering
 * between a VPC network and Google's service producer network, with the allocated ranges (names of
 * {@code VPC_PEERING} global addresses) that Cloud SQL private IP and Memorystore PSA draw from.
 * Live, the same connection shows as the network's {@link Network#SERVICE_NETWORKING_PEERING} peering.
 * {@code deletionPolicy}: what a destroy does ({@code ABANDON}: only forgets it); absent: it deletes
 * the connection.
 */
public record ServiceNetworkingConnection(Origin origin, ResourceId id, Attr<NetworkRef> network, Attr<String> service,
    Attr<List<String>> reservedPeeringRanges, Attr<String> deletionPolicy) implements Networked {
  public static final String KIND = "service_networking_connection";
  public static final Field DELETION_POLICY = new Field("deletion_policy");

  @Override
  public String terraformType() {
    return "google_service_networking_connection";
  }
}
