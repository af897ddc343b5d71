package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Json;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.AlloyDbInstance;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Field;
import io.vpcgate.model.ResourceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AlloyDB instances ({@code google_alloydb_instance}, named by {@code instance_id} in {@code cluster};
 * AlloyDB Admin {@code projects.locations.clusters.instances.list} with "-" for both location and cluster).
 * Project and region come from the cluster's name; the identity's name is {@code cluster/instance}, since an
 * instance id is unique only within its cluster. {@code ip_address} and the PSC outputs are known after apply.
 * {@code psc_instance_config} is "default_from_api", so an empty one (no service attachment, no allowed
 * consumer projects) is not Private Service Connect.
 */
public final class AlloyDbInstanceKind implements Kind<AlloyDbInstance> {
  private static final Pattern CLUSTER = Pattern.compile("(?:.*/)?projects/([^/]+)/locations/([^/]+)/clusters/([^/]+)$");

  @Override
  public String name() {
    return AlloyDbInstance.KIND;
  }

  @Override
  public Class<AlloyDbInstance> type() {
    return AlloyDbInstance.class;
  }

  @Override
  public String title() {
    return "AlloyDB instance";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_alloydb_instance");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("alloydb.googleapis.com/Instance");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("AlloyDB instances", "alloydb.googleapis.com", "AlloyDB API", "roles/alloydb.viewer",
        "projects.locations.clusters.instances.list", LiveList.Span.ALL_REGIONS));
  }

  @Override
  public String nameAttribute(String terraformType) {
    return "instance_id";
  }

  @Override
  public AlloyDbInstance fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    Attr<String> cluster = n.str("cluster");
    Optional<Matcher> m = cluster.known().map(CLUSTER::matcher).filter(Matcher::matches);
    Attr<String> project = m.<Attr<String>>map(x -> Attr.known(x.group(1))).orElse(t.project());
    Attr<String> region = m.<Attr<String>>map(x -> Attr.known(x.group(2)))
        .orElse(Attr.unknown("the region of its cluster is not known before apply"));
    Attr<String> instance = n.str("instance_id");
    Attr<String> name = m.isPresent() ? instance.map(i -> m.get().group(3) + "/" + i) : instance;
    TfNode psc = n.first("psc_instance_config");
    Attr<Boolean> pscConfigured = psc.isUnknown() ? Attr.unknown(psc.unknownReason())
        : Attr.known(!psc.isMissing() && !(psc.str("service_attachment_link").known().filter(String::isEmpty).isPresent()
            && psc.strings("allowed_consumer_projects").known().map(List::isEmpty).orElse(true)
            && psc.list("psc_auto_connections").isEmpty()));
    Map<String, String> flags = n.knownStringMap("database_flags");
    return new AlloyDbInstance(t.origin(), new ResourceId(AlloyDbInstance.KIND, project, region, name), cluster,
        Values.orDefault(n.str("instance_type"), "PRIMARY"), Values.computed(n.str("ip_address")), pscConfigured,
        psc.strings("allowed_consumer_projects"), Values.computed(psc.str("service_attachment_link")),
        Values.computed(psc.str("psc_dns_name")), autoConnections(psc), n.first("read_pool_config").integer("node_count"),
        n.first("machine_config").integer("cpu_count"),
        n.get("database_flags").isUnknown() ? Attr.unknown("database flags unknown") : Attr.known(flags));
  }

  private static Attr<Boolean> autoConnections(TfNode psc) {
    TfNode auto = psc.get("psc_auto_connections");
    if (auto.isUnknown()) {
      return Attr.unknown(auto.unknownReason());
    }
    return Attr.known(!psc.list("psc_auto_connections").isEmpty());
  }

  @Override
  public Optional<AlloyDbInstance> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    String cluster = a.asset().segment("clusters");
    String project = a.asset().segment("projects");
    String region = a.asset().segment("locations");
    JsonNode psc = obj(d, "pscInstanceConfig");
    List<String> allowed = Json.strings(psc, "allowedConsumerProjects");
    return Optional.of(new AlloyDbInstance(a.origin(),
        ResourceId.of(AlloyDbInstance.KIND, project, region, cluster + "/" + a.asset().shortName()),
        Attr.known("projects/" + project + "/locations/" + region + "/clusters/" + cluster),
        Values.orDefault(str(d, "instanceType"), "PRIMARY"), str(d, "ipAddress"), Attr.known(str(psc, "serviceAttachmentLink").known().filter(l -> !l.isEmpty()).isPresent()
            || !allowed.isEmpty() || !array(psc, "pscAutoConnections").isEmpty()),
        psc.isMissingNode() ? Attr.absent() : Attr.known(allowed), str(psc, "serviceAttachmentLink"),
        str(psc, "pscDnsName"), Attr.known(!array(psc, "pscAutoConnections").isEmpty()),
        integer(obj(d, "readPoolConfig"), "nodeCount"),
        integer(obj(d, "machineConfig"), "cpuCount"), Attr.known(Json.stringMap(d, "databaseFlags"))));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(AlloyDbInstance.NAME, AlloyDbInstance.CLUSTER, AlloyDbInstance.INSTANCE_TYPE,
            AlloyDbInstance.DATABASE_FLAGS)
        .at(AlloyDbInstance.PSC_INSTANCE_CONFIG, "psc_instance_config[0]")
        .at(AlloyDbInstance.READ_POOL_NODE_COUNT, "read_pool_config[0].node_count")
        .at(AlloyDbInstance.CPU_COUNT, "machine_config[0].cpu_count")
        .at(io.vpcgate.model.DataStore.ENDPOINT, "ip_address").map();
  }
}
