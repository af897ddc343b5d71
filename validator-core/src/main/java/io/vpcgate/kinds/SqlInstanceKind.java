package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.bool;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;
import static io.vpcgate.kind.Json.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Field;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.SqlInstance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cloud SQL instances ({@code google_sql_database_instance}, SQL Admin {@code instances.list}, one
 * list per project). The connection name ({@code project:region:name}) is derived before apply; the
 * private IP is known after it. Unset ipv4_enabled reads as the API default, true. Private Service
 * Connect: psc_enabled, allowed_consumer_projects and the consumer networks of psc_auto_connections
 * (REST pscConfig.pscAutoConnections: consumerNetwork, consumerProject).
 */
public final class SqlInstanceKind implements Kind<SqlInstance> {

  @Override
  public String name() {
    return SqlInstance.KIND;
  }

  @Override
  public Class<SqlInstance> type() {
    return SqlInstance.class;
  }

  @Override
  public String title() {
    return "Cloud SQL instance";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_sql_database_instance");
  }

  @Override
  public List<String> dataSourceTypes() {
    return List.of("google_sql_database_instance");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("sqladmin.googleapis.com/Instance");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("Cloud SQL instances", "sqladmin.googleapis.com", "Cloud SQL Admin API", "roles/cloudsql.viewer",
        "instances.list", LiveList.Span.GLOBAL));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    region.ifPresent(r -> out.put("connection_name", project + ":" + r + ":" + name));
    out.put("id", name);
    return out;
  }

  @Override
  public SqlInstance fromTerraform(TerraformFields t) {
    ResourceId id = t.id(SqlInstance.KIND);
    TfNode settings = t.node().first("settings");
    TfNode ip = settings.first("ip_configuration");
    TfNode psc = ip.first("psc_config");
    Attr<String> connection = id.project().isKnown() && id.region().isKnown() && id.name().isKnown()
        ? Attr.known(id.projectOr("") + ":" + id.regionOr("") + ":" + id.nameOr(""))
        : Attr.unknown("known after apply");
    Map<String, String> flags = new LinkedHashMap<>();
    boolean flagsKnown = true;
    for (TfNode f : settings.list("database_flags")) {
      Attr<String> k = f.str("name");
      Attr<String> v = f.str("value");
      if (k.isKnown() && v.isKnown()) {
        flags.put(k.known().get(), v.known().get());
      } else {
        flagsKnown = false;
      }
    }
    return new SqlInstance(t.origin(), id, connection, t.node().str("database_version"), settings.str("tier"),
        Values.orDefault(ip.bool("ipv4_enabled"), true), t.network(ip.str("private_network")),
        Values.computed(t.node().str("private_ip_address")), flagsKnown ? Attr.known(flags) : Attr.unknown("database flags unknown"),
        ip.str("allocated_ip_range"), ip.str("ssl_mode"), ip.bool("require_ssl"), ip.str("server_ca_mode"),
        psc.bool("psc_enabled"), psc.strings("allowed_consumer_projects"),
        PscFields.consumers(t, psc, "psc_auto_connections", "consumer_network",
            "consumer_service_project_id"));
  }

  @Override
  public Optional<SqlInstance> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    JsonNode settings = obj(d, "settings");
    JsonNode ip = obj(settings, "ipConfiguration");
    JsonNode psc = obj(ip, "pscConfig");
    String project = str(d, "project").known().orElse(a.asset().segment("projects"));
    String name = str(d, "name").known().orElse(a.asset().shortName());
    String region = str(d, "region").known().orElse(a.asset().location());
    Attr<String> privateIp = Attr.absent();
    for (JsonNode addr : array(d, "ipAddresses")) {
      if (str(addr, "type").known().orElse("").equals("PRIVATE")) {
        privateIp = str(addr, "ipAddress");
      }
    }
    Map<String, String> flags = new LinkedHashMap<>();
    for (JsonNode f : array(settings, "databaseFlags")) {
      flags.put(str(f, "name").known().orElse(""), str(f, "value").known().orElse(""));
    }
    return Optional.of(new SqlInstance(a.origin(), ResourceId.of(SqlInstance.KIND, project, region, name),
        str(d, "connectionName"), str(d, "databaseVersion"), str(settings, "tier"),
        Values.orDefault(bool(ip, "ipv4Enabled"), true), a.network(ip, "privateNetwork"), privateIp, Attr.known(flags),
        str(ip, "allocatedIpRange"), str(ip, "sslMode"), bool(ip, "requireSsl"), str(ip, "serverCaMode"),
        bool(psc, "pscEnabled"), psc.has("allowedConsumerProjects") ? Attr.known(strings(psc, "allowedConsumerProjects"))
        : Attr.absent(), Attr.known(PscFields.consumers(a, array(psc, "pscAutoConnections"), "consumerNetwork",
            "consumerProject"))));
  }

  @Override
  public List<DriftField<SqlInstance>> drift() {
    return List.of(
        DriftField.of("settings.tier", SqlInstance.TIER, false, q -> Values.known(q.tier())),
        Drift.network("private_network", SqlInstance.PRIVATE_NETWORK, SqlInstance::privateNetwork),
        DriftField.of("ipv4_enabled", SqlInstance.IPV4_ENABLED, false, q -> Values.known(q.ipv4Enabled())),
        DriftField.of("database_flags", SqlInstance.DATABASE_FLAGS, false,
            q -> q.databaseFlags().known().map(TreeMap::new)));
  }

  @Override
  public Map<Field, String> paths(String type) {
    String ip = "settings[0].ip_configuration[0]";
    return Paths.same(SqlInstance.NAME, SqlInstance.REGION, SqlInstance.DATABASE_VERSION)
        .at(SqlInstance.TIER, "settings[0].tier").at(SqlInstance.DATABASE_FLAGS, "settings[0].database_flags")
        .at(SqlInstance.IP_CONFIGURATION, ip).at(SqlInstance.IPV4_ENABLED, ip + ".ipv4_enabled")
        .at(SqlInstance.PRIVATE_NETWORK, ip + ".private_network")
        .at(io.vpcgate.model.DataStore.ENDPOINT, "private_ip_address")
        .at(SqlInstance.ALLOCATED_IP_RANGE, ip + ".allocated_ip_range").at(SqlInstance.SSL_MODE, ip + ".ssl_mode").at(SqlInstance.REQUIRE_SSL, ip + ".require_ssl")
        .at(SqlInstance.SERVER_CA_MODE, ip + ".server_ca_mode").at(SqlInstance.PSC_CONFIG, ip + ".psc_config")
        .at(SqlInstance.PSC_AUTO_CONNECTIONS, ip + ".psc_config[0].psc_auto_connections")
        .at(io.vpcgate.model.PscStore.AUTO_CONNECTIONS, ip + ".psc_config[0].psc_auto_connections[0].consumer_network").map();
  }
}
