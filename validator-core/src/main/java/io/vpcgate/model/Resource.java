package io.vpcgate.model;

/**
 * A resource of one of the kinds vpcgate understands, from Terraform or from the live project. Each
 * kind is a record of the model and a descriptor in the kinds registry, which says how Terraform,
 * Cloud Asset Inventory and the live read spell it.
 */
public interface Resource {

  Origin origin();

  ResourceId id();

  /** The Terraform resource type this kind is declared with, e.g. {@code google_vpc_access_connector}. */
  String terraformType();

  /** The Terraform address when Terraform manages it, else the API resource name. */
  default String address() {
    return origin().address();
  }

  /** Fills attributes that Terraform only knows after apply from the live twin of this resource. */
  default Resource withComputedFrom(Resource live) {
    return this;
  }
}
