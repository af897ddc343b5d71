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
    Attr<String> state) implements Networked {

  public static final String KIND = "vpc_connector";
  public static final Field NAME = new Field("name");
  public static final Field REGION = new Field("region");
  public static final Field NETWORK = new Field("network");
  public static final Field IP_CIDR_RANGE = new Field("ip_cidr_range");
  public static final Field SUBNET = new Field("subnet");
  public static final Field SUBNET_NAME = new Field("subnet.name");
  public static final Field MIN_INSTANCES = new Field("min_instances");
  public static final Field MAX_INSTANCES = new Field("max_instances");
  public static final Field MIN_THROUGHPUT = new Field("min_throughput");
  public static final Field MAX_THROUGHPUT = new Field("max_throughput");
  public static final Field MACHINE_TYPE = new Field("machine_type");

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
