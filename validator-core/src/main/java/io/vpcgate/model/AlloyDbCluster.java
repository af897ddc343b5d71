package io.vpcgate.model;

/**
 * An AlloyDB cluster ({@code google_alloydb_cluster}, AlloyDB Admin {@code Cluster}): the VPC network its
 * instances get private IPs on through Private Service Access ({@code network_config.network}, or the older
 * top-level {@code network}) and the allocated range they take them from, or Private Service Connect
 * ({@code psc_config.psc_enabled}), in which case it has no network.
 */
public record AlloyDbCluster(Origin origin, ResourceId id, Attr<NetworkRef> network, Attr<String> allocatedIpRange,
    Attr<Boolean> pscEnabled) implements Networked {
  public static final String KIND = "alloydb_cluster";
  public static final Field NAME = new Field("cluster_id");
  public static final Field NETWORK = new Field("network_config.network");
  public static final Field ALLOCATED_IP_RANGE = new Field("network_config.allocated_ip_range");
  public static final Field PSC_ENABLED = new Field("psc_config.psc_enabled");

  @Override
  public String terraformType() {
    return "google_alloydb_cluster";
  }

  /** Whether it uses Private Service Connect; unset reads as false (Private Service Access). */
  public Attr<Boolean> psc() {
    return pscEnabled.isAbsent() ? Attr.known(false) : pscEnabled;
  }

  /** {@code projects/P/locations/L/clusters/C}, when all three are known: what an instance's {@code cluster} names. */
  public java.util.Optional<String> fullName() {
    if (id.project().isKnown() && id.region().isKnown() && id.name().isKnown()) {
      return java.util.Optional.of("projects/" + id.projectOr("") + "/locations/" + id.regionOr("") + "/clusters/"
          + id.nameOr(""));
    }
    return java.util.Optional.empty();
  }
}
