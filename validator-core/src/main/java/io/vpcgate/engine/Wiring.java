package io.vpcgate.engine;

import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.Location;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the workloads Terraform deploys reach their data stores in the world after deploy: workload →
 * connector → network ← Redis, Cloud SQL or another data store, with the connector's range, and the edges a
 * finding breaks (a finding on a resource whose related location is another resource). Reporters
 * draw it; it holds no secret values.
 */
public record Wiring(List<Node> nodes, List<Edge> edges) {
  public static final Wiring EMPTY = new Wiring(List.of(), List.of());

  public Wiring {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * {@code kind}: service (a workload), connector, network, redis, sql, store. {@code findings}: rule IDs reported on
   * it. {@code root}: the root module it belongs to in a report of several (empty in one root's, and for a network,
   * which is the same VPC whichever root names it).
   */
  public record Node(String id, String kind, String label, String detail, List<String> findings, String root) {
    public Node {
      findings = List.copyOf(findings);
    }

    public Node(String id, String kind, String label, String detail, List<String> findings) {
      this(id, kind, label, detail, findings, "");
    }
  }

  /**
   * This wiring as root module {@code dir}'s in a report of several: its resources' nodes belong to the root (two
   * roots' {@code google_redis_instance.cache} are two data stores); networks and "no VPC egress" stay shared.
   */
  public Wiring under(String dir) {
    if (nodes.isEmpty()) {
      return this;
    }
    Map<String, String> moved = new java.util.HashMap<>();
    List<Node> out = new java.util.ArrayList<>();
    for (Node n : nodes) {
      if (n.kind().equals("network") || n.kind().equals("none")) {
        out.add(n);
      } else {
        moved.put(n.id(), dir + "/" + n.id());
        out.add(new Node(dir + "/" + n.id(), n.kind(), n.label(), n.detail(), n.findings(), dir));
      }
    }
    List<Edge> edges = this.edges.stream().map(e -> new Edge(moved.getOrDefault(e.from(), e.from()),
        moved.getOrDefault(e.to(), e.to()), e.label(), e.broken())).toList();
    return new Wiring(out, edges);
  }

  /** {@code broken}: a finding says this path does not work; {@code label} says how. */
  public record Edge(String from, String to, String label, boolean broken) {}

  static Wiring of(ResourceGraph desired, ResourceGraph world, List<Finding> findings) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    WiringEdges edges = new WiringEdges();
    Map<String, List<String>> findingsBySubject = findings.stream()
        .collect(Collectors.groupingBy(Finding::subject, LinkedHashMap::new, Collectors.mapping(Finding::ruleId, Collectors.toList())));
    Map<String, SqlInstance> sqlByConnection = new java.util.HashMap<>();
    for (SqlInstance q : world.all(SqlInstance.class)) {
      q.connectionName().known().ifPresent(c -> sqlByConnection.putIfAbsent(c, q)); // the first, as a scan finds it
    }
    for (Workload s : desired.all(Workload.class)) {
      String noun = s instanceof CloudRunService ? "Cloud Run" : Kinds.of(s).title();
      String svc = add(nodes, s, "service", noun + " " + s.id().nameOr("?"), s.id().regionOr(""), findingsBySubject);
      Optional<VpcConnector> connector = ConnectorRef.of(s).flatMap(r -> r.resolve(world));
      if (connector.isPresent()) {
        VpcConnector c = connector.get();
        String con = add(nodes, c, "connector", "connector " + c.id().nameOr("?"),
            c.ipCidrRange().known().orElse(""), findingsBySubject);
        edges.add(new Edge(svc, con, s.egress().mode().known().orElse(""), false));
        c.network().known().ifPresent(n -> edges.add(new Edge(con, network(nodes, n), "", false)));
      } else if (s.egress().certainlyNone()) {
        nodes.putIfAbsent("none", new Node("none", "none", "no VPC egress", "", List.of()));
        boolean broken = findingsBySubject.getOrDefault(s.address(), List.of()).contains("WIRE-01");
        edges.add(new Edge(svc, "none", broken ? "WIRE-01" : "", broken));
      }
      for (String conn : s.cloudSqlInstances().known().orElse(List.of())) {
        Optional.ofNullable(sqlByConnection.get(conn)).ifPresent(q -> edges.add(new Edge(svc, store(nodes, q, findingsBySubject), "/cloudsql", false)));
      }
    }
    // Connectors Terraform declares that no service uses: a reviewer sees what is left unattached.
    for (VpcConnector c : desired.all(VpcConnector.class)) {
      String id = nodeId(c.address());
      if (!nodes.containsKey(id)) {
        add(nodes, c, "connector", "connector " + c.id().nameOr("?"), c.ipCidrRange().known().orElse(""), findingsBySubject);
        c.network().known().ifPresent(n -> edges.add(new Edge(id, network(nodes, n), "", false)));
      }
    }
    // Edges that findings break: a finding on a service or connector whose related location is a data store.
    Map<Location, Resource> byLocation = new java.util.HashMap<>();
    world.resources().forEach(r -> byLocation.putIfAbsent(r.origin().location(), r)); // the first, as a scan finds it
    for (Finding f : findings) {
      Optional<String> from = Optional.ofNullable(nodes.get(nodeId(f.subject()))).map(Node::id);
      for (Location related : f.related()) {
        Optional<Resource> to = Optional.ofNullable(byLocation.get(related));
        if (from.isPresent() && to.isPresent() && to.get() instanceof DataStore) {
          String store = store(nodes, to.get(), findingsBySubject);
          edges.removeWorking(from.get(), store);
          edges.add(new Edge(from.get(), store, f.ruleId(), true));
        }
      }
    }
    Map<String, Resource> byNode = new java.util.HashMap<>();
    world.resources().forEach(r -> byNode.putIfAbsent(nodeId(r.address()), r)); // the first, as a scan finds it
    for (Node n : List.copyOf(nodes.values())) {
      Optional.ofNullable(byNode.get(n.id())).ifPresent(r -> {
        Optional<NetworkRef> net = r instanceof RedisInstance redis ? redis.authorizedNetwork().known()
            : r instanceof SqlInstance sql ? sql.privateNetwork().known()
            : r instanceof DataStore store ? store.network().known() : Optional.empty();
        net.ifPresent(x -> edges.add(new Edge(n.id(), network(nodes, x), "peered", false)));
      });
    }
    Set<String> seen = new java.util.HashSet<>();
    List<Edge> distinct = edges.toList().stream().filter(e -> seen.add(e.from() + ">" + e.to() + ">" + e.label())).toList();
    return new Wiring(List.copyOf(nodes.values()), distinct);
  }

  private static String store(Map<String, Node> nodes, Resource r, Map<String, List<String>> findings) {
    String id;
    if (r instanceof RedisInstance redis) {
      id = add(nodes, r, "redis", "Redis " + r.id().nameOr("?"),
          redis.host().known().map(h -> h + redis.port().known().map(p -> ":" + p).orElse("")).orElse(""), findings);
      return id;
    }
    if (r instanceof SqlInstance sql) {
      return add(nodes, r, "sql", "Cloud SQL " + r.id().nameOr("?"), sql.tier().known().orElse(""), findings);
    }
    DataStore store = (DataStore) r;
    String endpoint = store.endpoints().stream().findFirst().flatMap(e -> e.host().known()
        .map(h -> h + e.port().known().map(p -> ":" + p).orElse(""))).orElse("");
    return add(nodes, r, "store", Kinds.of(r).title() + " " + r.id().nameOr("?"), endpoint, findings);
  }

  private static String network(Map<String, Node> nodes, NetworkRef n) {
    String id = "net:" + n;
    nodes.putIfAbsent(id, new Node(id, "network", "network " + n.name(), n.project(), List.of()));
    return id;
  }

  private static String add(Map<String, Node> nodes, Resource r, String kind, String label, String detail,
      Map<String, List<String>> findings) {
    String id = nodeId(r.address());
    nodes.putIfAbsent(id, new Node(id, kind, label, detail, findings.getOrDefault(r.address(), List.of())));
    return id;
  }

  private static String nodeId(String address) {
    return "res:" + address;
  }
}
