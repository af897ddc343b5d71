package io.vpcgate.input.terraform;

import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.Container;
import io.vpcgate.model.CloudRunService.EnvVar;
import io.vpcgate.model.CloudRunService.Probe;
import io.vpcgate.model.CloudRunService.RevisionSettings;
import io.vpcgate.model.Firewall;
import io.vpcgate.model.IamPolicy;
import io.vpcgate.model.Secret;
import io.vpcgate.model.SecretVersion;
import io.vpcgate.model.ServiceNetworkingConnection;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.Network;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Origin;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.Router;
import io.vpcgate.model.RouterNat;
import io.vpcgate.model.Side;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps evaluated Terraform resources into the core model; types it does not know are ignored. */
public final class TerraformMapper {
  private TerraformMapper() {}

  /** The resources that exist after apply (a plan's deletions left out). */
  public static ResourceGraph toGraph(TerraformConfig config) {
    List<Resource> out = new ArrayList<>();
    for (TfResource r : config.resources()) {
      if (!r.change().deletes()) {
        map(r).ifPresent(out::add);
      }
    }
    return new ResourceGraph(out);
  }

  /** The resources a plan deletes (as they are before apply). */
  public static ResourceGraph deleted(TerraformConfig config) {
    List<Resource> out = new ArrayList<>();
    for (TfResource r : config.resources()) {
      if (r.change().deletes()) {
        map(r).ifPresent(out::add);
      }
    }
    return new ResourceGraph(out);
  }

  static Optional<Resource> map(TfResource r) {
    Node n = new Node(r.config());
    Origin origin = new Origin(r.address(), Side.DESIRED, r.location(), r.attributeLocations(), r.change(), r.ignoreChanges(),
        r.references());
    return Optional.ofNullable(switch (r.type()) {
      case "google_vpc_access_connector" -> connector(r, n, origin);
      case "google_cloud_run_v2_service" -> runV2(r, n, origin);
      case "google_cloud_run_service" -> runV1(r, n, origin);
      case "google_redis_instance" -> redis(r, n, origin);
      case "google_sql_database_instance" -> sql(r, n, origin);
      case "google_compute_network" -> new Network(origin, id(Network.KIND, r, n, "global"),
          n.bool("auto_create_subnetworks").isAbsent() ? Attr.known(true) : n.bool("auto_create_subnetworks"));
      case "google_compute_subnetwork" -> new Subnetwork(origin, id(Subnetwork.KIND, r, n, null),
          network(n.str("network"), r, n), n.str("ip_cidr_range"),
          n.list("secondary_ip_range").stream().map(s -> s.str("ip_cidr_range")).toList());
      case "google_compute_global_address" -> new GlobalAddress(origin, id(GlobalAddress.KIND, r, n, "global"),
          network(n.str("network"), r, n), n.str("address"), n.integer("prefix_length"), n.str("purpose"));
      case "google_compute_firewall" -> firewall(r, n, origin);
      case "google_compute_router" -> new Router(origin, id(Router.KIND, r, n, null),
          network(n.str("network"), r, n), List.of());
      case "google_compute_router_nat" -> new RouterNat(origin, id(RouterNat.KIND, r, n, null), n.str("router"),
          n.str("source_subnetwork_ip_ranges_to_nat"),
          n.list("subnetwork").stream().flatMap(x -> x.str("name").known().stream())
              .map(x -> x.substring(x.lastIndexOf('/') + 1)).toList());
      case "google_service_networking_connection" -> serviceConnection(r, n, origin);
      case "google_project_iam_member", "google_project_iam_binding" -> projectIam(r, n, origin);
      case "google_secret_manager_secret_iam_member", "google_secret_manager_secret_iam_binding" -> secretIam(r, n, origin);
      case "google_secret_manager_secret" -> new Secret(origin,
          new ResourceId(Secret.KIND, project(r, n), Attr.known("global"), n.str("secret_id")));
      case "google_secret_manager_secret_version" -> secretVersion(r, n, origin);
      default -> null;
    });
  }

  // ---- identity ----------------------------------------------------------------------------

  private static Attr<String> project(TfResource r, Node n) {
    Attr<String> p = n.str("project");
    return p.isAbsent() ? r.providerProject() : p;
  }

  /** {@code fixedRegion} for global resources; otherwise {@code region}/{@code location} or the provider's. */
  private static ResourceId id(String kind, TfResource r, Node n, String fixedRegion) {
    Attr<String> region;
    if (fixedRegion != null) {
      region = Attr.known(fixedRegion);
    } else {
      region = n.str("region");
      if (region.isAbsent()) {
        region = n.str("location");
      }
      if (region.isAbsent()) {
        region = r.providerRegion();
      }
    }
    return new ResourceId(kind, project(r, n), region, n.str("name"));
  }

  private static Attr<NetworkRef> network(Attr<String> text, TfResource r, Node n) {
    Optional<String> project = project(r, n).known();
    if (text.isKnown()) {
      return NetworkRef.parse(text.known().get(), project)
          .<Attr<NetworkRef>>map(Attr::known).orElse(Attr.unknown("not a network reference: " + text.known().get()));
    }
    return text.map(t -> new NetworkRef("", t));
  }

  // ---- resources ---------------------------------------------------------------------------

  private static VpcConnector connector(TfResource r, Node n, Origin origin) {
    Node subnet = n.first("subnet");
    return new VpcConnector(origin, id(VpcConnector.KIND, r, n, null),
        network(n.str("network"), r, n), n.str("ip_cidr_range"),
        subnet.str("name"), subnet.str("project_id"),
        n.integer("min_instances"), n.integer("max_instances"),
        n.integer("min_throughput"), n.integer("max_throughput"),
        n.str("machine_type"), Attr.absent());
  }

  private static CloudRunService runV2(TfResource r, Node n, Origin origin) {
    Node template = n.first("template");
    Node vpc = template.first("vpc_access");
    boolean vpcDeclared = !vpc.isMissing();
    Attr<Integer> interfaces = vpc.isUnknown() ? Attr.unknown(vpc.unknownReason())
        : vpc.get("network_interfaces").isUnknown() ? Attr.unknown(vpc.get("network_interfaces").unknownReason())
        : vpc.list("network_interfaces").isEmpty() ? Attr.absent() : Attr.known(vpc.list("network_interfaces").size());
    Node scaling = template.first("scaling");
    List<Container> containers = new ArrayList<>();
    List<Node> cs = template.list("containers");
    for (int i = 0; i < cs.size(); i++) {
      containers.add(container(cs.get(i), "template[0].containers[" + i + "]", "value_source", "secret", "version"));
    }
    List<String> sql = new ArrayList<>();
    Attr<List<String>> sqlAttr = null;
    for (Node vol : template.list("volumes")) {
      Node csql = vol.first("cloud_sql_instance");
      Attr<List<String>> inst = csql.strings("instances");
      if (inst.isUnknown()) {
        sqlAttr = inst;
      }
      inst.known().ifPresent(sql::addAll);
    }
    if (sqlAttr == null) {
      sqlAttr = sql.isEmpty() ? Attr.absent() : Attr.known(sql);
    }
    return new CloudRunService(origin, id(CloudRunService.KIND, r, n, null), CloudRunService.ApiVersion.V2,
        vpcDeclared, vpc.isUnknown() ? Attr.unknown(vpc.unknownReason()) : vpc.str("connector"),
        vpc.isUnknown() ? Attr.unknown(vpc.unknownReason()) : vpc.str("egress"), interfaces,
        scaling.integer("min_instance_count"), scaling.integer("max_instance_count"),
        containers, sqlAttr, template.knownStringMap("annotations"), template.str("service_account"),
        new RevisionSettings(template.str("timeout"), template.integer("max_instance_request_concurrency"),
            template.str("execution_environment")),
        CloudRunService.Provenance.UNKNOWN);
  }

  private static CloudRunService runV1(TfResource r, Node n, Origin origin) {
    Node template = n.first("template");
    Node meta = template.first("metadata");
    Map<String, String> ann = meta.knownStringMap("annotations");
    Node annotations = meta.get("annotations");
    Attr<String> connector = annotations.str("run.googleapis.com/vpc-access-connector");
    Attr<String> egress = annotations.str("run.googleapis.com/vpc-access-egress");
    Attr<String> sqlText = annotations.str("run.googleapis.com/cloudsql-instances");
    Attr<List<String>> sql = sqlText.map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList());
    Attr<String> netIf = annotations.str("run.googleapis.com/network-interfaces");
    Node spec = template.first("spec");
    List<Container> containers = new ArrayList<>();
    List<Node> cs = spec.list("containers");
    for (int i = 0; i < cs.size(); i++) {
      containers.add(container(cs.get(i), "template[0].spec[0].containers[" + i + "]", "value_from", "name", "key"));
    }
    return new CloudRunService(origin, id(CloudRunService.KIND, r, n, null), CloudRunService.ApiVersion.V1,
        !connector.isAbsent() || !egress.isAbsent(), connector, egress,
        netIf.isAbsent() ? Attr.absent() : netIf.map(x -> 1),
        intOf(annotations.str("autoscaling.knative.dev/minScale")), intOf(annotations.str("autoscaling.knative.dev/maxScale")),
        containers, sql, ann, spec.str("service_account_name"),
        new RevisionSettings(spec.integer("timeout_seconds").map(t -> t + "s"), spec.integer("container_concurrency"),
            annotations.str("run.googleapis.com/execution-environment")),
        CloudRunService.Provenance.UNKNOWN);
  }

  private static Attr<Integer> intOf(Attr<String> s) {
    if (!s.isKnown()) {
      return s.map(x -> 0);
    }
    try {
      return Attr.known(Integer.parseInt(s.known().get().trim()));
    } catch (NumberFormatException e) {
      return Attr.unknown("not a whole number");
    }
  }

  /** {@code secretBlock} is v2's value_source or v1's value_from; their secret_key_ref names the secret and version. */
  private static Container container(Node c, String path, String secretBlock, String secretField, String versionField) {
    List<EnvVar> env = new ArrayList<>();
    List<Node> es = c.list("env");
    for (int i = 0; i < es.size(); i++) {
      Node e = es.get(i);
      boolean secret = !e.first(secretBlock).isMissing();
      Node ref = e.first(secretBlock).first("secret_key_ref");
      env.add(new EnvVar(e.str("name"), secret ? Attr.absent() : e.str("value"), secret, path + ".env[" + i + "]",
          ref.str(secretField), ref.str(versionField)));
    }
    return new Container(c.str("name").known().orElse(""), path, env,
        probe(c.first("startup_probe"), path + ".startup_probe[0]"),
        probe(c.first("liveness_probe"), path + ".liveness_probe[0]"), !c.list("ports").isEmpty());
  }

  private static Probe probe(Node p, String path) {
    if (p.isMissing()) {
      return Probe.none(path);
    }
    return new Probe(true, path, p.integer("initial_delay_seconds"), p.integer("timeout_seconds"),
        p.integer("period_seconds"), p.integer("failure_threshold"));
  }

  private static RedisInstance redis(TfResource r, Node n, Origin origin) {
    Attr<String> net = n.str("authorized_network");
    return new RedisInstance(origin, id(RedisInstance.KIND, r, n, null),
        network(net.isAbsent() ? Attr.known("default") : net, r, n),
        n.str("connect_mode").isAbsent() ? Attr.known("DIRECT_PEERING") : n.str("connect_mode"),
        n.str("reserved_ip_range"),
        Attr.unknown("known after apply"), Attr.unknown("known after apply"),
        n.bool("auth_enabled").isAbsent() ? Attr.known(false) : n.bool("auth_enabled"),
        n.str("transit_encryption_mode"),
        n.str("tier").isAbsent() ? Attr.known("BASIC") : n.str("tier"), n.str("redis_version"),
        n.str("read_replicas_mode"));
  }

  private static SqlInstance sql(TfResource r, Node n, Origin origin) {
    ResourceId id = id(SqlInstance.KIND, r, n, null);
    Node settings = n.first("settings");
    Node ip = settings.first("ip_configuration");
    Attr<String> connection = id.project().isKnown() && id.region().isKnown() && id.name().isKnown()
        ? Attr.known(id.projectOr("") + ":" + id.regionOr("") + ":" + id.nameOr(""))
        : Attr.unknown("known after apply");
    Map<String, String> flags = new LinkedHashMap<>();
    boolean flagsKnown = true;
    for (Node f : settings.list("database_flags")) {
      Attr<String> k = f.str("name");
      Attr<String> v = f.str("value");
      if (k.isKnown() && v.isKnown()) {
        flags.put(k.known().get(), v.known().get());
      } else {
        flagsKnown = false;
      }
    }
    return new SqlInstance(origin, id, connection, n.str("database_version"), settings.str("tier"),
        ip.bool("ipv4_enabled").isAbsent() ? Attr.known(true) : ip.bool("ipv4_enabled"),
        network(ip.str("private_network"), r, n), Attr.unknown("known after apply"),
        flagsKnown ? Attr.known(flags) : Attr.unknown("database flags unknown"),
        ip.str("allocated_ip_range"), ip.str("ssl_mode"), ip.bool("require_ssl"), ip.str("server_ca_mode"),
        ip.first("psc_config").bool("psc_enabled"));
  }

  private static ServiceNetworkingConnection serviceConnection(TfResource r, Node n, Origin origin) {
    Attr<NetworkRef> network = network(n.str("network"), r, n);
    Attr<String> project = network.known().map(x -> x.project()).filter(p -> !p.isEmpty())
        .<Attr<String>>map(Attr::known).orElse(project(r, n));
    return new ServiceNetworkingConnection(origin,
        new ResourceId(ServiceNetworkingConnection.KIND, project, Attr.known("global"), network.map(NetworkRef::name)),
        network, n.str("service"), n.strings("reserved_peering_ranges"));
  }

  /** A project grant: {@code *_iam_member} adds one member, {@code *_iam_binding} sets the role's members. */
  private static IamPolicy projectIam(TfResource r, Node n, Origin origin) {
    Attr<String> project = project(r, n).map(p -> p.startsWith("projects/") ? p.substring("projects/".length()) : p);
    return iam(r, n, origin, project, project.map(p -> "projects/" + p));
  }

  private static IamPolicy secretIam(TfResource r, Node n, Origin origin) {
    Attr<String> secret = n.str("secret_id");
    Attr<String> project = secret.known().filter(x -> x.startsWith("projects/"))
        .<Attr<String>>map(x -> Attr.known(x.split("/")[1])).orElse(project(r, n));
    Attr<String> resource = secret.known().filter(x -> x.startsWith("projects/")).<Attr<String>>map(Attr::known)
        .orElseGet(() -> project.isKnown() && secret.isKnown()
            ? Attr.known("projects/" + project.known().get() + "/secrets/" + secret.known().get())
            : Attr.unknown("secret unknown"));
    return iam(r, n, origin, project, resource);
  }

  private static IamPolicy iam(TfResource r, Node n, Origin origin, Attr<String> project, Attr<String> resource) {
    Attr<String> role = n.str("role");
    List<String> members = r.type().endsWith("_member")
        ? n.str("member").known().map(List::of).orElse(List.of()) : n.strings("members").known().orElse(List.of());
    List<IamPolicy.Binding> bindings = role.isKnown() && resource.isKnown()
        ? List.of(new IamPolicy.Binding(role.known().get(), members)) : List.of();
    String name = r.type().endsWith("_binding") && role.isKnown() && resource.isKnown()
        ? resource.known().get() + "|" + role.known().get() : r.address();
    return new IamPolicy(origin, new ResourceId(IamPolicy.KIND, project, Attr.known("global"), Attr.known(name)),
        resource.known().orElse(""), bindings, false, List.of());
  }

  /** {@code secret} is the secret's id ({@code projects/P/secrets/S}); its number is known after apply. */
  private static SecretVersion secretVersion(TfResource r, Node n, Origin origin) {
    Attr<String> secret = n.str("secret");
    Attr<String> project = secret.known().filter(x -> x.startsWith("projects/"))
        .<Attr<String>>map(x -> Attr.known(x.split("/")[1])).orElse(project(r, n));
    Attr<Boolean> enabled = n.bool("enabled");
    return new SecretVersion(origin, new ResourceId(SecretVersion.KIND, project, Attr.known("global"), Attr.known(r.address())),
        secret.map(x -> x.substring(x.lastIndexOf('/') + 1)), Attr.unknown("known after apply"),
        enabled.isAbsent() ? Attr.known("ENABLED") : enabled.map(e -> e ? "ENABLED" : "DISABLED"));
  }

  private static Firewall firewall(TfResource r, Node n, Origin origin) {
    return new Firewall(origin, id(Firewall.KIND, r, n, "global"), network(n.str("network"), r, n),
        n.str("direction").isAbsent() ? Attr.known("INGRESS") : n.str("direction"),
        n.integer("priority").isAbsent() ? Attr.known(1000) : n.integer("priority"),
        n.bool("disabled").isAbsent() ? Attr.known(false) : n.bool("disabled"),
        n.strings("target_tags").known().orElse(List.of()),
        n.strings("source_ranges").known().orElse(List.of()),
        n.strings("destination_ranges").known().orElse(List.of()),
        rules(n.list("allow")), rules(n.list("deny")),
        n.strings("target_service_accounts").known().orElse(List.of()));
  }

  private static List<String> rules(List<Node> blocks) {
    List<String> out = new ArrayList<>();
    for (Node b : blocks) {
      String proto = b.str("protocol").known().orElse("all");
      List<String> ports = b.strings("ports").known().orElse(List.of());
      if (ports.isEmpty()) {
        out.add(proto);
      } else {
        ports.forEach(p -> out.add(proto + ":" + p));
      }
    }
    return out;
  }
}
