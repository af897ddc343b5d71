package io.vpcgate.model;

import java.util.Map;

/**
 * A Cloud SQL instance ({@code google_sql_database_instance}, SQL Admin DatabaseInstance), with its
 * IP configuration: public IPv4, private network and allocated range (a PSA range's name), SSL mode
 * and the legacy require_ssl flag, the server CA mode, and Private Service Connect.
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
    Attr<Boolean> pscEnabled) implements Resource {

  public static final String KIND = "sql_instance";

  @Override
  public String terraformType() {
    return "google_sql_database_instance";
  }

  @Override
  public Resource withComputedFrom(Resource live) {
    if (!(live instanceof SqlInstance l)) {
      return this;
    }
    return new SqlInstance(origin, id, connectionName.isUnknown() ? l.connectionName : connectionName,
        databaseVersion, tier, ipv4Enabled, privateNetwork,
        privateIp.isUnknown() ? l.privateIp : privateIp, databaseFlags, allocatedIpRange, sslMode, requireSsl,
        serverCaMode, pscEnabled);
  }
}
