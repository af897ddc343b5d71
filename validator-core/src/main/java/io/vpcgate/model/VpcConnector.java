package io.vpcgate.model;

import java.util.Optional;

/** A Serverless VPC Access connector ({@code google_vpc_access_connector}). */
public record VpcConnector(
    Origin origin,
    ResourceId id,
    Attr<NetworkRef> network,
    Attr<String> ipCidrRange,
    Attr<String> subnetName,
    Attr<String> subnetProject,
    Attr<Integer> minInstances,
    Attr<Integer> maxInstances,
    Attr<Integer> minThroughput,
    Attr<Integer> maxThroughput,
    Attr<String> machineType,
    Attr<String> state) implements Resource {

  public static final String KIND = "vpc_connector";

  @Override
  public String terraformType() {
    return "google_vpc_access_connector";
  }

  /** The range when it is known and parses as IPv4 CIDR. */
  public Optional<Cidr> range() {
    return ipCidrRange.known().flatMap(Cidr::tryParse);
  }

  /** {@code projects/P/locations/R/connectors/N}, when all three are known. */
  public Optional<String> fullName() {
    if (id.project().isKnown() && id.region().isKnown() && id.name().isKnown()) {
      return Optional.of("projects/" + id.projectOr("") + "/locations/" + id.regionOr("")
          + "/connectors/" + id.nameOr(""));
    }
    return Optional.empty();
  }
}
