package io.vpcgate.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An AlloyDB instance ({@code google_alloydb_instance}, AlloyDB Admin {@code Instance}): PRIMARY or
 * READ_POOL, in a cluster ({@code projects/P/locations/L/clusters/C}). Clients connect to its private
 * {@code ip_address} on PostgreSQL's port 5432 when the cluster uses Private Service Access, or to a
 * Private Service Connect endpoint that targets its {@code service_attachment_link}. Its network is its
 * cluster's: a graph joins it from the cluster it holds ({@link #onCluster}, {@link AlloyDbPlacement});
 * until then {@link #network()} is unknown. {@code pscAutoConnections}: whether it asks AlloyDB to create its PSC
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
    Attr<Map<String, String>> databaseFlags,
    Attr<NetworkRef> clusterNetwork,
    Attr<Boolean> clusterPsc) implements DataStore {

  /** An instance as its own resource describes it: its cluster's network and PSC setting not joined yet. */
  public AlloyDbInstance(Origin origin, ResourceId id, Attr<String> cluster, Attr<String> instanceType,
      Attr<String> ipAddress, Attr<Boolean> pscConfigured, Attr<List<String>> allowedConsumerProjects,
      Attr<String> serviceAttachmentLink, Attr<String> pscDnsName, Attr<Boolean> pscAutoConnections,
      Attr<Integer> readPoolNodeCount, Attr<Integer> cpuCount, Attr<Map<String, String>> databaseFlags) {
    this(origin, id, cluster, instanceType, ipAddress, pscConfigured, allowedConsumerProjects, serviceAttachmentLink,
        pscDnsName, pscAutoConnections, readPoolNodeCount, cpuCount, databaseFlags,
        Attr.unknown("its cluster is not known"), Attr.unknown("its cluster is not known"));
  }

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
    if (clusterPsc.isKnown()) {
      return Attr.known(clusterPsc.known().get() ? Attachment.PRIVATE_SERVICE_CONNECT : Attachment.PRIVATE_SERVICE_ACCESS);
    }
    return Attr.unknown("decided by its cluster's network_config or psc_config");
  }

  /**
   * Its cluster's network (Private Service Access), joined from the cluster in the same graph
   * ({@link #onCluster}); absent on Private Service Connect; unknown while the cluster is not known.
   */
  @Override
  public Attr<NetworkRef> network() {
    if (pscConfigured.known().orElse(false) || clusterPsc.known().orElse(false)) {
      return Attr.absent();
    }
    return clusterNetwork;
  }

  /**
   * This instance placed on {@code c}, its cluster: the cluster's network and Private Service Connect setting; this
   * same object when it already has them (rules match stores by identity).
   */
  public AlloyDbInstance onCluster(AlloyDbCluster c) {
    if (clusterNetwork.equals(c.network()) && clusterPsc.equals(c.psc())) {
      return this;
    }
    return new AlloyDbInstance(origin, id, cluster, instanceType, ipAddress, pscConfigured, allowedConsumerProjects,
        serviceAttachmentLink, pscDnsName, pscAutoConnections, readPoolNodeCount, cpuCount, databaseFlags, c.network(),
        c.psc());
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
        pscDnsName.isUnknown() ? l.pscDnsName : pscDnsName, pscAutoConnections, readPoolNodeCount, cpuCount, databaseFlags,
        clusterNetwork, clusterPsc);
  }
}
