package io.vpcgate.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An AlloyDB instance ({@code google_alloydb_instance}, AlloyDB Admin {@code Instance}): PRIMARY or
 * READ_POOL, in a cluster ({@code projects/P/locations/L/clusters/C}). Clients connect to its private
 * {@code ip_address} on PostgreSQL's port 5432 when the cluster uses Private Service Access, or to a
 * Private Service Connect endpoint that targets its {@code service_attachment_link}. Its network is its
 * cluster's, which this record does not hold: {@link #network()} is unknown, and rules that need it join
 * the cluster ({@link #cluster()}). {@code pscAutoConnections}: whether it asks AlloyDB to create its PSC
 * endpoints itself ({@code psc_instance_config.psc_auto_connections}, through service connection policies).
 */
public record AlloyDbInstance(
    Origin origin,
    ResourceId id,
    Attr<String> cluster,
    Attr<String> instanceType,
    Attr<String> ipAddress,
    Attr<Boolean> pscConfigured,
    Attr<List<String>> allowedConsumerProjects,
    Attr<String> serviceAttachmentLink,
    Attr<String> pscDnsName,
    Attr<Boolean> pscAutoConnections,
    Attr<Integer> readPoolNodeCount,
    Attr<Integer> cpuCount,
    Attr<Map<String, String>> databaseFlags) implements DataStore {

  public static final String KIND = "alloydb_instance";
  public static final int PORT = 5432;
  public static final Field NAME = new Field("instance_id");
  public static final Field CLUSTER = new Field("cluster");
  public static final Field INSTANCE_TYPE = new Field("instance_type");
  public static final Field PSC_INSTANCE_CONFIG = new Field("psc_instance_config");
  public static final Field READ_POOL_NODE_COUNT = new Field("read_pool_config.node_count");
  public static final Field CPU_COUNT = new Field("machine_config.cpu_count");
  public static final Field DATABASE_FLAGS = new Field("database_flags");

  @Override
  public String terraformType() {
    return "google_alloydb_instance";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(ipAddress, Attr.known(PORT)));
  }

  /**
   * Private Service Connect when it has a PSC configuration; Private Service Access when it has a
   * private IP; otherwise its cluster decides, which this record cannot see.
   */
  @Override
  public Attr<Attachment> attachment() {
    if (pscConfigured.known().orElse(false)) {
      return Attr.known(Attachment.PRIVATE_SERVICE_CONNECT);
    }
    if (ipAddress.known().filter(ip -> !ip.isEmpty()).isPresent()) {
      return Attr.known(Attachment.PRIVATE_SERVICE_ACCESS);
    }
    return Attr.unknown("decided by its cluster's network_config or psc_config");
  }

  /** The cluster's network, which this record does not hold (see {@link #cluster()}). */
  @Override
  public Attr<NetworkRef> network() {
    return Attr.unknown("an AlloyDB instance is on its cluster's network");
  }

  /** "AlloyDB google_alloydb_instance.primary (10.60.0.2:5432)": from API values, never env values. */
  @Override
  public String describe() {
    return "AlloyDB " + address() + " (" + ipAddress.known().orElse("?") + ":" + PORT + ")";
  }

  /** The instance's short id (the identity's name is {@code cluster/instance}). */
  public String instanceId() {
    String n = id.nameOr("?");
    return n.substring(n.lastIndexOf('/') + 1);
  }

  /** Whether {@code c} is this instance's cluster: by its full name, or by a Terraform reference to it. */
  public boolean inCluster(AlloyDbCluster c) {
    Optional<String> mine = cluster.known();
    Optional<String> theirs = c.fullName();
    if (mine.isPresent() && theirs.isPresent()) {
      return mine.get().equals(theirs.get()) || mine.get().endsWith("/" + theirs.get());
    }
    return origin.refersTo(c.address());
  }

  @Override
  public Resource withComputedFrom(Resource live) {
    if (!(live instanceof AlloyDbInstance l)) {
      return this;
    }
    return new AlloyDbInstance(origin, id, cluster.isUnknown() ? l.cluster : cluster, instanceType,
        ipAddress.isUnknown() ? l.ipAddress : ipAddress, pscConfigured, allowedConsumerProjects,
        serviceAttachmentLink.isUnknown() ? l.serviceAttachmentLink : serviceAttachmentLink,
        pscDnsName.isUnknown() ? l.pscDnsName : pscDnsName, pscAutoConnections, readPoolNodeCount, cpuCount, databaseFlags);
  }
}
