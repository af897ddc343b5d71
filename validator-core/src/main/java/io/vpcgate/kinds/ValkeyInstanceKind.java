package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.ForceNew;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DataStore.Endpoint;
import io.vpcgate.model.Field;
import io.vpcgate.model.PscConsumer;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.ValkeyInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Memorystore for Valkey instances ({@code google_memorystore_instance}, REST {@code
 * memorystore.googleapis.com/v1 projects.locations.instances}). Named by {@code instance_id} in its
 * {@code location}. The consumer networks are {@code desired_auto_created_endpoints}, else the
 * deprecated {@code desired_psc_auto_connections}, else (an imported instance) the networks of the
 * auto-created connections. The endpoints are the discovery connections ({@code
 * CONNECTION_TYPE_DISCOVERY}) of {@code endpoints} (auto-created, and in the API user-created ones),
 * else of the deprecated {@code psc_auto_connections}, else the deprecated {@code discovery_endpoints}
 * (googleapis {@code google/cloud/memorystore/v1/memorystore.proto}). Listed live over every location at once with plain
 * REST GETs (there is no Java client for this API in the build).
 * ForceNew: authorization_mode, transit_encryption_mode and mode ({@code immutable} in magic-modules
 * {@code mmv1/products/memorystore/Instance.yaml}).
 */
public final class ValkeyInstanceKind implements Kind<ValkeyInstance> {
  private static final String DISCOVERY = "CONNECTION_TYPE_DISCOVERY";

  @Override
  public String name() {
    return ValkeyInstance.KIND;
  }

  @Override
  public Class<ValkeyInstance> type() {
    return ValkeyInstance.class;
  }

  @Override
  public String title() {
    return "Memorystore for Valkey instance";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_memorystore_instance");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("memorystore.googleapis.com/Instance");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("Memorystore for Valkey instances", "memorystore.googleapis.com", "Memorystore API",
        "roles/memorystore.viewer", "projects.locations.instances.list", LiveList.Span.ALL_REGIONS));
  }

  @Override
  public String nameAttribute(String terraformType) {
    return "instance_id";
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Map.of("id", "projects/" + project + "/locations/" + r + "/instances/" + name,
        "name", "projects/" + project + "/locations/" + r + "/instances/" + name)).orElse(Map.of());
  }

  @Override
  public ValkeyInstance fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    Attr<List<PscConsumer>> consumers = PscFields.consumers(t, n, "desired_auto_created_endpoints", "network", "project_id");
    if (consumers.known().map(List::isEmpty).orElse(false)) {
      consumers = PscFields.consumers(t, n, "desired_psc_auto_connections", "network", "project_id");
    }
    if (consumers.known().map(List::isEmpty).orElse(false)) {
      List<PscConsumer> created = new ArrayList<>();
      for (TfNode c : autoConnections(n)) {
        PscConsumer p = PscConsumer.of(t.network(c.str("network")), c.str("project_id"));
        if (p.network().isKnown() && created.stream().noneMatch(x -> x.network().equals(p.network()))) {
          created.add(p);
        }
      }
      consumers = Attr.known(created);
    }
    return new ValkeyInstance(t.origin(), new ResourceId(ValkeyInstance.KIND, t.project(), t.region(), n.str("instance_id")),
        consumers, discovery(n), n.str("mode"), n.str("authorization_mode"), n.str("transit_encryption_mode"),
        n.integer("shard_count"), n.integer("replica_count"));
  }

  /** The auto-created connections a plan or state records: of {@code endpoints}, else the deprecated list. */
  private static List<TfNode> autoConnections(TfNode n) {
    List<TfNode> out = new ArrayList<>();
    for (TfNode e : n.list("endpoints")) {
      for (TfNode c : e.list("connections")) {
        out.addAll(c.list("psc_auto_connection"));
      }
    }
    return out.isEmpty() ? n.list("psc_auto_connections") : out;
  }

  private static Attr<List<Endpoint>> discovery(TfNode n) {
    if (n.get("endpoints").isUnknown() || n.get("psc_auto_connections").isUnknown()) {
      return Attr.unknown(PscFields.KNOWN_AFTER_APPLY);
    }
    List<Endpoint> out = new ArrayList<>();
    for (TfNode c : autoConnections(n)) {
      if (c.str("connection_type").known().map(DISCOVERY::equals).orElse(false)) {
        out.add(new Endpoint(c.str("ip_address"), c.integer("port")));
      }
    }
    if (!out.isEmpty()) {
      return Attr.known(out);
    }
    return PscFields.endpoints(n, "discovery_endpoints", e -> new Endpoint(e.str("address"), e.integer("port")));
  }

  @Override
  public Optional<ValkeyInstance> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    List<JsonNode> connections = new ArrayList<>();
    List<JsonNode> userCreated = new ArrayList<>();
    for (JsonNode e : array(d, "endpoints")) {
      for (JsonNode c : array(e, "connections")) {
        JsonNode auto = obj(c, "pscAutoConnection");
        JsonNode user = obj(c, "pscConnection");
        if (!auto.isMissingNode()) {
          connections.add(auto);
        }
        if (!user.isMissingNode()) {
          userCreated.add(user);
        }
      }
    }
    if (connections.isEmpty()) {
      connections = array(d, "pscAutoConnections");
    }
    List<Endpoint> discovery = new ArrayList<>();
    for (JsonNode c : concat(connections, userCreated)) {
      if (str(c, "connectionType").known().map(DISCOVERY::equals).orElse(false)) {
        discovery.add(PscFields.endpoint(c, "ipAddress"));
      }
    }
    List<JsonNode> legacy = array(d, "discoveryEndpoints");
    if (discovery.isEmpty()) {
      legacy.forEach(e -> discovery.add(PscFields.endpoint(e, "address")));
    }
    List<PscConsumer> consumers = new ArrayList<>(PscFields.consumers(a, connections, "network", "projectId"));
    PscFields.consumers(a, legacy, "network", null).stream()
        .filter(c -> consumers.stream().noneMatch(x -> x.network().equals(c.network()))).forEach(consumers::add);
    return Optional.of(new ValkeyInstance(a.origin(), a.id(ValkeyInstance.KIND, a.region()), Attr.known(consumers),
        Attr.known(discovery), str(d, "mode"), str(d, "authorizationMode"), str(d, "transitEncryptionMode"),
        integer(d, "shardCount"), integer(d, "replicaCount")));
  }

  private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
    List<JsonNode> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Override
  public List<DriftField<ValkeyInstance>> drift() {
    return List.of(
        DriftField.of("shard_count", ValkeyInstance.SHARD_COUNT, false, v -> Values.known(v.shardCount())),
        DriftField.of("mode", ValkeyInstance.MODE, false, v -> Values.known(v.mode())));
  }

  @Override
  public List<ForceNew<ValkeyInstance>> forceNew() {
    return List.of(
        new ForceNew<>("authorization_mode",
            (d, b) -> Values.differs("authorization_mode", d.authorizationMode(), b.authorizationMode())),
        new ForceNew<>("transit_encryption_mode",
            (d, b) -> Values.differs("transit_encryption_mode", d.transitEncryptionMode(), b.transitEncryptionMode())),
        new ForceNew<>("mode", (d, b) -> Values.differs("mode", d.mode(), b.mode())));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(ValkeyInstance.NAME, ValkeyInstance.LOCATION, ValkeyInstance.MODE, ValkeyInstance.AUTHORIZATION_MODE,
        ValkeyInstance.TRANSIT_ENCRYPTION_MODE, ValkeyInstance.SHARD_COUNT)
        .at(ValkeyInstance.AUTO_CREATED_ENDPOINTS, "desired_auto_created_endpoints[0].network")
        .at(io.vpcgate.model.PscStore.AUTO_CONNECTIONS, "desired_auto_created_endpoints[0].network")
        .at(io.vpcgate.model.DataStore.ENDPOINT, "discovery_endpoints[0].address").map();
  }
}
