package io.vpcgate.model;

import java.util.List;
import java.util.Map;

/**
 * A Cloud SQL instance ({@code google_sql_database_instance}, SQL Admin DatabaseInstance), with its
 * IP configuration: public IPv4, private network and allocated range (a PSA range's name), SSL mode
 * and the legacy require_ssl flag, the server CA mode, and Private Service Connect: whether it is
 * enabled, the projects allowed to connect, and the consumer networks where Cloud SQL creates endpoints
 * itself ({@code psc_auto_connections}, through the policy for class {@value #SERVICE_CLASS}).
 */
public record SqlInstance(
    Origin origin,
    ResourceId id,
    Attr<String> connectionName,
    Attr<String> databaseVersion,
    Attr<String> tier,
    Attr<Boolean> ipv4Enabled,
    Attr<NetworkRef> privateNetwork,
    Attr<String> privateIp,
    Attr<Map<String, String>> databaseFlags,
    Attr<String> allocatedIpRange,
    Attr<String> sslMode,
    Attr<Boolean> requireSsl,
    Attr<String> serverCaMode,
    Attr<Boolean> pscEnabled,
    Attr<List<String>> allowedConsumerProjects,
    Attr<List<PscConsumer>> pscAutoConnections) implements PscStore {

  public static final String KIND = "sql_instance";
  public static final String SERVICE_CLASS = "google-cloud-sql";
  public static final Field NAME = new Field("name");
  public static final Field REGION = new Field("region");
  public static final Field DATABASE_VERSION = new Field("database_version");
  public static final Field TIER = new Field("tier");
  public static final Field IP_CONFIGURATION = new Field("ip_configuration");
  public static final Field IPV4_ENABLED = new Field("ipv4_enabled");
  public static final Field PRIVATE_NETWORK = new Field("private_network");
  public static final Field ALLOCATED_IP_RANGE = new Field("allocated_ip_range");
  public static final Field DATABASE_FLAGS = new Field("database_flags");
  public static final Field SSL_MODE = new Field("ssl_mode");
  public static final Field REQUIRE_SSL = new Field("require_ssl");
  public static final Field SERVER_CA_MODE = new Field("server_ca_mode");
  public static final Field PSC_CONFIG = new Field("psc_config");
  public static final Field PSC_AUTO_CONNECTIONS = new Field("psc_auto_connections");

  public SqlInstance {
    allowedConsumerProjects = allowedConsumerProjects.map(List::copyOf);
    pscAutoConnections = pscAutoConnections.map(List::copyOf);
  }

  /** An instance without Private Service Connect settings beyond psc_enabled. */
  public SqlInstance(Origin origin, ResourceId id, Attr<String> connectionName, Attr<String> databaseVersion,
      Attr<String> tier, Attr<Boolean> ipv4Enabled, Attr<NetworkRef> privateNetwork, Attr<String> privateIp,
      Attr<Map<String, String>> databaseFlags, Attr<String> allocatedIpRange, Attr<String> sslMode,
      Attr<Boolean> requireSsl, Attr<String> serverCaMode, Attr<Boolean> pscEnabled) {
    this(origin, id, connectionName, databaseVersion, tier, ipv4Enabled, privateNetwork, privateIp, databaseFlags,
        allocatedIpRange, sslMode, requireSsl, serverCaMode, pscEnabled, Attr.absent(), Attr.known(List.of()));
  }

  @Override
  public String serviceClass() {
    return SERVICE_CLASS;
  }

  /** The consumer networks of psc_auto_connections while PSC is enabled (or not known to be disabled). */
  @Override
  public Attr<List<PscConsumer>> autoConnections() {
    if (pscEnabled.known().map(e -> !e).orElse(pscEnabled.isAbsent())) {
      return Attr.known(List.of());
    }
    return pscAutoConnections;
  }

  @Override
  public String terraformType() {
    return "google_sql_database_instance";
  }

  /** The private IP and the engine's port (PostgreSQL 5432, MySQL 3306, SQL Server 1433). */
  @Override
  public java.util.List<Endpoint> endpoints() {
    return java.util.List.of(new Endpoint(privateIp, port()));
  }

  /** The port its engine listens on, from database_version. */
  public Attr<Integer> port() {
    return databaseVersion.map(v -> v.startsWith("MYSQL") ? 3306 : v.startsWith("SQLSERVER") ? 1433 : 5432);
  }

  /** Private IP on a network (Private Service Access), else Private Service Connect, else a public IP only. */
  @Override
  public Attr<Attachment> attachment() {
    if (privateNetwork.isKnown()) {
      return Attr.known(Attachment.PRIVATE_SERVICE_ACCESS);
    }
    if (pscEnabled.known().orElse(false)) {
      return Attr.known(Attachment.PRIVATE_SERVICE_CONNECT);
    }
    if (privateNetwork.isUnknown() || pscEnabled.isUnknown()) {
      return Attr.unknown("the IP configuration is not known before apply");
    }
    return Attr.known(Attachment.PUBLIC_IP_ONLY);
  }

  @Override
  public Attr<NetworkRef> network() {
    return privateNetwork;
  }

  /** "Cloud SQL pg (10.20.0.3)": from API values, never env values. */
  @Override
  public String describe() {
    return "Cloud SQL " + address() + " (" + privateIp.known().orElse("?") + ")";
  }

  @Override
  public Resource withComputedFrom(Resource live) {
    if (!(live instanceof SqlInstance l)) {
      return this;
    }
    return new SqlInstance(origin, id, connectionName.isUnknown() ? l.connectionName : connectionName,
        databaseVersion, tier, ipv4Enabled, privateNetwork,
        privateIp.isUnknown() ? l.privateIp : privateIp, databaseFlags, allocatedIpRange, sslMode, requireSsl,
        serverCaMode, pscEnabled, allowedConsumerProjects, pscAutoConnections);
  }
}
