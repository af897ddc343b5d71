package io.vpcgate.graph;

import static io.vpcgate.model.Addresses.withoutIndexes;

import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.DataSourceRead;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the workloads Terraform deploys reach their data stores in the world after deploy: each
 * workload's resolved egress {@link Route}, the literal endpoints its env holds, and its {@link
 * Binding}s to data stores from every kind of evidence. Computed once per run and shared by every
 * rule (the indexes by address and connection name are built once), so every wiring rule judges
 * the same edges. Never guessed from names.
 */
public final class WiringGraph {
  private final ResourceGraph desired;
  private final ResourceGraph world;
  private final Map<Long, DataStore> storeByIp = new HashMap<>();
  private final Map<String, SqlInstance> sqlByConnection = new HashMap<>();
  private final List<DataStore> stores;
  private final Map<Workload, List<EnvEndpoint>> endpoints = new IdentityHashMap<>();
  private final Map<Workload, List<Binding>> bindings = new IdentityHashMap<>();
  private final Map<Workload, Route> routes = new IdentityHashMap<>();
  private Map<DataStore, List<Binding>> byStore;

  private WiringGraph(ResourceGraph desired, ResourceGraph world) {
    this.desired = desired;
    this.world = world;
    this.stores = world.all(DataStore.class);
    for (DataStore s : stores) {
      for (DataStore.Endpoint e : s.endpoints()) {
        e.host().known().flatMap(Cidr::parseIp).ifPresent(ip -> storeByIp.putIfAbsent(ip, s));
      }
      if (s instanceof SqlInstance q) {
        q.connectionName().known().ifPresent(c -> sqlByConnection.putIfAbsent(c, q));
      }
    }
  }

  public static WiringGraph of(ResourceGraph desired, ResourceGraph world) {
    return new WiringGraph(desired, world);
  }

  /** The workloads Terraform deploys. */
  public List<Workload> workloads() {
    return desired.all(Workload.class);
  }

  /** Every data store in the world after deploy. */
  public List<DataStore> dataStores() {
    return stores;
  }

  /** The data store one of whose endpoints is {@code ip}. */
  public Optional<DataStore> storeAt(long ip) {
    return Optional.ofNullable(storeByIp.get(ip));
  }

  public Optional<SqlInstance> sqlByConnectionName(String connectionName) {
    return Optional.ofNullable(sqlByConnection.get(connectionName));
  }

  /** The IPv4 endpoints {@code w}'s env holds as literals, each with the data store at that address if known. */
  public synchronized List<EnvEndpoint> endpoints(Workload w) {
    return endpoints.computeIfAbsent(w, x -> {
      List<EnvEndpoint> out = new ArrayList<>();
      for (EnvVar e : x.env()) {
        if (e.fromSecret() || e.name().known().isEmpty()) {
          continue;
        }
        Optional<String> value = e.value().known(); // ifs, not lambdas: once per env var of every workload
        Optional<Endpoint> ep = value.isPresent() ? Endpoint.any(value.get()) : Optional.empty();
        if (ep.isPresent()) {
          out.add(new EnvEndpoint(x, e, ep.get(), storeAt(ep.get().ip())));
        }
      }
      return List.copyOf(out);
    });
  }

  /** Every binding of every workload Terraform deploys. */
  public List<Binding> bindings() {
    return workloads().stream().flatMap(w -> bindings(w).stream()).toList();
  }

  /** {@code w}'s bindings to data stores, from every kind of evidence, in the order of its env. */
  public synchronized List<Binding> bindings(Workload w) {
    return bindings.computeIfAbsent(w, this::bind);
  }

  /**
   * The bindings of the deployed workloads to {@code store} (that very store, not an equal one), in
   * the order of {@link #workloads()}, then of each workload's bindings: built for every store at once.
   */
  public synchronized List<Binding> bindingsTo(DataStore store) {
    if (byStore == null) {
      byStore = new IdentityHashMap<>();
      for (Workload w : workloads()) {
        for (Binding b : bindings(w)) {
          byStore.computeIfAbsent(b.store(), k -> new ArrayList<>()).add(b);
        }
      }
    }
    return byStore.getOrDefault(store, List.of());
  }

  /** The data stores {@code w} uses, once each. */
  public List<DataStore> storesOf(Workload w) {
    List<DataStore> out = new ArrayList<>();
    for (Binding b : bindings(w)) {
      if (out.stream().noneMatch(x -> x == b.store())) {
        out.add(b.store());
      }
    }
    return out;
  }

  private List<Binding> bind(Workload w) {
    List<Binding> out = new ArrayList<>();
    // Plain ifs, not Optional's lambdas: this runs for every env var of every workload, and under C1 a capturing
    // lambda is a method handle call each time.
    for (EnvEndpoint t : endpoints(w)) {
      if (t.store().isPresent()) {
        out.add(new Binding(w, t.store().get(), t.env().value().known().orElse("").contains("://")
            ? Binding.Evidence.URL : Binding.Evidence.ADDRESS, Optional.of(t.env())));
      }
    }
    for (EnvVar e : w.env()) {
      if (e.fromSecret()) {
        continue;
      }
      Optional<String> value = e.value().known();
      Optional<SqlInstance> byName = value.isPresent() ? sqlByConnectionName(value.get().strip()) : Optional.empty();
      if (byName.isPresent()) {
        out.add(new Binding(w, byName.get(), Binding.Evidence.CONNECTION_NAME, Optional.of(e)));
      }
      for (String ref : e.references()) {
        Optional<DataStore> s = referenced(ref);
        if (s.isPresent()) {
          out.add(new Binding(w, s.get(), ref.contains("data.") ? Binding.Evidence.DATA_SOURCE : Binding.Evidence.REFERENCE,
              Optional.of(e)));
        }
      }
    }
    for (String conn : w.cloudSqlInstances().known().orElse(List.of())) {
      sqlByConnectionName(conn).ifPresent(q -> out.add(new Binding(w, q, Binding.Evidence.ATTACHMENT, Optional.empty())));
    }
    // A reference elsewhere in the workload's configuration (a depends_on, an annotation) still ties it to the store.
    for (DataStore s : stores) {
      if (w.origin().refersTo(s.address()) && out.stream().noneMatch(b -> b.store() == s)) {
        out.add(new Binding(w, s, Binding.Evidence.REFERENCE, Optional.empty()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The data store a reference reads: a resource ({@code module.db.google_sql_database_instance.main.private_ip_address})
   * by address, a data source ({@code data.google_redis_instance.shared.host}) by the identity its arguments give.
   */
  private Optional<DataStore> referenced(String ref) {
    for (DataSourceRead read : desired.reads()) {
      if (ref.equals(read.address()) || ref.startsWith(read.address() + ".")) {
        return stores.stream().filter(s -> s.id().sameAs(read.reads())).findFirst();
      }
    }
    for (DataStore s : stores) {
      String address = withoutIndexes(s.address());
      if (ref.equals(address) || ref.startsWith(address + ".")) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** {@code w}'s egress path, resolved in the world after deploy. */
  public synchronized Route route(Workload w) {
    return routes.computeIfAbsent(w, this::resolve);
  }

  private Route resolve(Workload w) {
    EgressPath p = w.egress();
    Attr<EgressPath.Via> via = p.via();
    if (via.known().map(v -> v == EgressPath.Via.CONNECTOR).orElse(false)) {
      Optional<ConnectorRef> ref = ConnectorRef.of(w);
      Optional<VpcConnector> c = ref.flatMap(r -> r.resolve(world));
      Attr<String> subnetName = c.map(VpcConnector::subnetName).orElse(Attr.unknown("the connector is not known"));
      Optional<Subnetwork> subnet = c.flatMap(x -> x.subnetName().known().flatMap(n -> subnetwork(n,
          x.subnetProject().known().or(() -> x.id().project().known()), x.id().region().known())));
      boolean hidden = c.map(x -> x.subnetName().isAbsent()).orElse(false);
      Optional<Cidr> range = c.flatMap(x -> hidden ? x.range() : subnet.flatMap(s -> s.ipCidrRange().known())
          .flatMap(Cidr::tryParse));
      List<String> tags = c.filter(x -> x.id().name().isKnown() && x.id().region().isKnown())
          .map(x -> List.of("vpc-connector", "vpc-connector-" + x.id().regionOr("") + "-" + x.id().nameOr("")))
          .orElse(List.of("vpc-connector"));
      return new Route(w, via, ref, c, c.map(VpcConnector::network).orElse(Attr.unknown("the connector is not known")),
          c.map(x -> x.id().region()).orElse(ref.map(ConnectorRef::region).orElse(w.id().region())), subnetName, subnet,
          hidden, range, tags, p.mode());
    }
    if (via.known().map(v -> v == EgressPath.Via.DIRECT_VPC).orElse(false)) {
      Optional<EgressPath.NetworkInterface> i = p.firstInterface();
      Attr<String> subnetText = i.map(EgressPath.NetworkInterface::subnetwork).orElse(Attr.unknown("no interface"));
      if (subnetText.isAbsent() && i.isPresent()) {
        subnetText = i.get().network(); // "If you specify only a network, the subnet uses the same name as the network"
      }
      Attr<String> subnetName = subnetText.map(WiringGraph::last);
      Optional<Subnetwork> subnet = subnetText.known().flatMap(t -> subnetwork(last(t),
          Route.segment(t, "projects").or(() -> w.id().project().known()), w.id().region().known()));
      Attr<NetworkRef> network = i.map(EgressPath.NetworkInterface::network).filter(Attr::isKnown)
          .flatMap(n -> NetworkRef.parse(n.known().get(), w.id().project().known())).map(Attr::known)
          .orElseGet(() -> subnet.map(Subnetwork::network).orElse(Attr.unknown("the interface's network is not known")));
      Optional<Cidr> range = subnet.flatMap(s -> s.ipCidrRange().known()).flatMap(Cidr::tryParse);
      return new Route(w, via, Optional.empty(), Optional.empty(), network, w.id().region(), subnetName, subnet, false,
          range, i.map(EgressPath.NetworkInterface::tags).orElse(List.of()), p.mode());
    }
    Attr<NetworkRef> none = via.isKnown() ? Attr.absent() : Attr.unknown("the VPC egress is not known before apply");
    return new Route(w, via, Optional.empty(), Optional.empty(), none, w.id().region(),
        via.isKnown() ? Attr.absent() : Attr.unknown(""), Optional.empty(), false, Optional.empty(), List.of(), p.mode());
  }

  /** A subnetwork by name in a project and region of the world. */
  private Optional<Subnetwork> subnetwork(String name, Optional<String> project, Optional<String> region) {
    // A name that is not known is "" here; no subnetwork's name is, so those are scanned as before.
    List<Subnetwork> named = name.isEmpty() ? world.all(Subnetwork.class) : world.named(Subnetwork.class, name, project);
    return named.stream()
        .filter(s -> s.id().nameOr("").equals(name))
        .filter(s -> project.isEmpty() || s.id().project().known().map(project.get()::equals).orElse(true))
        .filter(s -> region.isEmpty() || s.id().region().known().map(region.get()::equals).orElse(true))
        .findFirst();
  }

  private static String last(String s) {
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
