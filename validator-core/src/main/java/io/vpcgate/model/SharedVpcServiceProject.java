package io.vpcgate.model;

/**
 * A service project attached to a Shared VPC host project ({@code
 * google_compute_shared_vpc_service_project}): its workloads may use the host's networks and
 * subnets. Identified by the service project, which has at most one host.
 */
public record SharedVpcServiceProject(Origin origin, ResourceId id, Attr<String> hostProject) implements Resource {
  public static final String KIND = "shared_vpc_service_project";
  public static final Field HOST_PROJECT = new Field("host project");

  @Override
  public String terraformType() {
    return "google_compute_shared_vpc_service_project";
  }
}
