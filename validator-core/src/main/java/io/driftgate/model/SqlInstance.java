package io.driftgate.model;

import java.util.Map;

/** A Cloud SQL instance ({@code google_sql_database_instance}, SQL Admin DatabaseInstance). */
public record SqlInstance(
    Origin origin,
    ResourceId id,
    Attr<String> connectionName,
    Attr<String> databaseVersion,
    Attr<String> tier,
    Attr<Boolean> ipv4Enabled,
    Attr<NetworkRef> privateNetwork,
    Attr<String> privateIp,
    Attr<Map<String, String>> databaseFlags) implements Resource {

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
        privateIp.isUnknown() ? l.privateIp : privateIp, databaseFlags);
  }
}
