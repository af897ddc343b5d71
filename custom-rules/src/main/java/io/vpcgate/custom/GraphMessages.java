package io.vpcgate.custom;

import io.vpcgate.engine.RuleContext;
import io.vpcgate.graph.Binding;
import io.vpcgate.graph.Route;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Networked;
import io.vpcgate.model.PlannedChange;
import io.vpcgate.model.Resource;
import io.vpcgate.model.Side;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.ConnectorUsers;
import io.vpcgate.rules.NatCoverage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The wiring graph of one run as messages of the {@link Vocabulary}: what custom rules' expressions
 * see of a workload, its egress path and the stores it reaches, a data store and who reaches it, a
 * connector and who uses it. Each object's message is built once per run, with the fields that any of
 * the rules loaded together may read, and shared by every rule and every message that nests it.
 */
final class GraphMessages {
  /** The names of the kinds that are workloads, in the registry's order. */
  private static final List<String> WORKLOAD_KINDS = Kinds.ALL.stream()
      .filter(kind -> Workload.class.isAssignableFrom(kind.type())).map(kind -> kind.name()).toList();
  private final RuleContext ctx;
  private final Set<String> read;
  private final Map<Object, BuiltMessage> workloads = new IdentityHashMap<>();
  private final Map<Object, BuiltMessage> egress = new IdentityHashMap<>();
  private final Map<Object, BuiltMessage> bindings = new IdentityHashMap<>();
  private final Map<Object, BuiltMessage> stores = new IdentityHashMap<>();
  private final Map<Object, BuiltMessage> connectors = new IdentityHashMap<>();
  private final Map<Object, BuiltMessage> resources = new IdentityHashMap<>();
  private final Map<List<Optional<String>>, Optional<String>> covered = new java.util.HashMap<>();
  private Set<String> declared;

  /**
   * {@code ctx}: read for the run's evidence only (the wiring graph, indexes, coverage), which every rule's
   * context shares; {@code read}: the fields the rules' expressions select (see {@link MessageWriter}).
   */
  GraphMessages(RuleContext ctx, Set<String> read) {
    this.ctx = ctx;
    this.read = read;
  }

  /** The addresses of the resources the configuration declares: the subjects a rule judges. */
  synchronized Set<String> declared() {
    if (declared == null) {
      Set<String> addresses = new java.util.HashSet<>(); // a loop: asked once per root, thousands in a monorepo
      for (Resource r : ctx.desired().resources()) {
        addresses.add(r.address());
      }
      declared = java.util.Collections.unmodifiableSet(addresses);
    }
    return declared;
  }

  // Each looks in its cache before it builds: no supplier lambda per call (under C1 a capturing lambda is a method
  // handle call and an allocation each time it is made, and these are asked for every subject of every rule).
  synchronized BuiltMessage workload(Workload w) {
    BuiltMessage m = workloads.get(w);
    return m != null ? m : cache(workloads, w, buildWorkload(w, new MessageWriter("Workload", read)));
  }

  synchronized BuiltMessage binding(Binding b) {
    BuiltMessage built = bindings.get(b);
    if (built != null) {
      return built;
    }
    MessageWriter m = new MessageWriter("Binding", read);
    m.set("workload", workload(b.workload()));
    m.set("data_store", dataStore(b.store()));
    evidence(b, m);
    return cache(bindings, b, m.build());
  }

  /** The egress path of {@code w}'s traffic to private addresses. */
  synchronized BuiltMessage egress(Workload w) {
    BuiltMessage m = egress.get(w);
    return m != null ? m : cache(egress, w, buildEgress(ctx.wiring().route(w), new MessageWriter("EgressPath", read)));
  }

  synchronized BuiltMessage dataStore(DataStore s) {
    BuiltMessage m = stores.get(s);
    return m != null ? m : cache(stores, s, buildDataStore(s, new MessageWriter("DataStore", read)));
  }

  synchronized BuiltMessage connector(VpcConnector c) {
    BuiltMessage m = connectors.get(c);
    return m != null ? m : cache(connectors, c, buildConnector(c, new MessageWriter("Connector", read)));
  }

  synchronized BuiltMessage resource(Resource r) {
    BuiltMessage built = resources.get(r);
    if (built != null) {
      return built;
    }
    MessageWriter m = new MessageWriter("Resource", read);
    common(r, m);
    if (r instanceof Networked n) {
      m.set("network", n.network().map(NetworkRef::name));
    }
    return cache(resources, r, m.build());
  }

  private static BuiltMessage cache(Map<Object, BuiltMessage> cache, Object key, BuiltMessage m) {
    cache.put(key, m);
    return m;
  }

  private BuiltMessage buildWorkload(Workload w, MessageWriter m) {
    common(w, m);
    m.set("min_instances", w.minInstances()).set("max_instances", w.maxInstances())
        .set("max_instances_or_default", w.maxInstances().isAbsent()
            ? Attr.ofNullable(w.defaultMaxInstances().orElse(null)) : w.maxInstances())
        .set("service_account", w.serviceAccount()).set("cloud_sql_instances", w.cloudSqlInstances())
        .set("labels", w.labels());
    if (m.wants("env_names")) {
      m.set("env_names", envNames(w.env()));
    }
    if (w instanceof CloudRunService service) {
      m.set("ingress", service.ingress().isAbsent() ? Attr.known(CloudRunService.INGRESS_TRAFFIC_ALL) : service.ingress());
    }
    if (m.wants("egress")) {
      m.set("egress", egress(w));
    }
    if (m.wants("reaches")) {
      List<BuiltMessage> reaches = new ArrayList<>();
      for (Binding b : ctx.wiring().bindings(w)) {
        MessageWriter reach = m.child("Reach");
        reach.set("data_store", dataStore(b.store()));
        evidence(b, reach);
        reaches.add(reach.build());
      }
      m.set("reaches", reaches);
    }
    return m.build();
  }

  private static void evidence(Binding b, MessageWriter m) {
    m.set("evidence", b.evidence().name().toLowerCase(Locale.ROOT));
    if (b.env().isPresent()) {
      m.set("env_name", b.env().get().name());
    }
  }

  private BuiltMessage buildEgress(Route r, MessageWriter m) {
    m.set("via", r.via().map(v -> v.name().toLowerCase(Locale.ROOT)))
        .set("setting", r.workload().egress().setting()).set("mode", r.mode())
        .set("connector_name", r.connectorRef().isPresent() ? Attr.known(r.connectorRef().get().name())
            : r.workload().egress().connector())
        .set("network", r.network().map(NetworkRef::name)).set("region", r.region()).set("subnet", r.subnetName())
        .set("tags", r.tags());
    if (m.wants("connector")) {
      r.connector().ifPresent(c -> m.set("connector", connector(c)));
    }
    if (m.wants("nat") && r.via().known().map(v -> v != EgressPath.Via.NONE).orElse(true)) {
      Optional<Boolean> nat = NatCoverage.covers(ctx.index(), r);
      m.set("nat", nat.<Attr<Boolean>>map(Attr::known).orElseGet(() -> Attr.unknown(
          "whether a Cloud NAT translates its traffic cannot be told: its network or region, or a router's, is not known")));
    }
    return m.build();
  }

  private BuiltMessage buildDataStore(DataStore s, MessageWriter m) {
    common(s, m);
    m.set("network", s.network().map(NetworkRef::name)).set("attachment", s.attachment().map(Enum::name))
        .set("port", s.endpoints().isEmpty() ? Attr.absent() : s.endpoints().get(0).port());
    if (m.wants("auth_enabled") || m.wants("tls") || m.wants("tier") || m.wants("max_connections")) {
      StoreFacts facts = StoreFacts.of(s);
      m.set("auth_enabled", facts.authEnabled()).set("tls", facts.tls()).set("tier", facts.tier())
          .set("max_connections", facts.maxConnections());
    }
    if (!m.wants("reached_by") && !m.wants("declared_reached_by")) {
      return m.build();
    }
    List<Binding> users = ctx.wiring().bindingsTo(s);
    if (m.wants("declared_reached_by")) {
      m.set("declared_reached_by", users.stream().filter(b -> b.workload().origin().side() == Side.DESIRED)
          .map(b -> b.workload().address()).distinct().toList());
    }
    if (m.wants("reached_by")) {
      m.set("reached_by", workloadsCovered(s.id().project().known(), Optional.empty())
          .<Attr<List<String>>>map(Attr::unknown)
          .orElseGet(() -> Attr.known(users.stream().map(b -> b.workload().address()).distinct().toList())));
    }
    return m.build();
  }

  private BuiltMessage buildConnector(VpcConnector c, MessageWriter m) {
    common(c, m);
    m.set("network", c.network().map(NetworkRef::name)).set("ip_cidr_range", c.ipCidrRange())
        .set("subnet", c.subnetName()).set("min_instances", c.minInstances()).set("max_instances", c.maxInstances())
        .set("machine_type", c.machineType());
    if (!m.wants("users") && !m.wants("declared_users")) {
      return m.build();
    }
    if (m.wants("declared_users")) {
      m.set("declared_users", ConnectorUsers.addresses(c, ctx.desired(), Optional.empty()));
    }
    if (m.wants("users")) { // the live users are looked up only when the live read covers them all
      m.set("users", workloadsCovered(c.id().project().known(), c.id().region().known())
          .<Attr<List<String>>>map(Attr::unknown)
          .orElseGet(() -> Attr.known(ConnectorUsers.addresses(c, ctx.desired(), ctx.live()))));
    }
    return m.build();
  }

  /**
   * Why the workloads that exist in {@code project} (and {@code region}) are not all known; empty when they are.
   * Asked once per project and region (a run's connectors and stores share a few).
   */
  private Optional<String> workloadsCovered(Optional<String> project, Optional<String> region) {
    List<Optional<String>> key = List.of(project, region);
    Optional<String> why = covered.get(key);
    if (why == null) {
      why = Optional.empty();
      for (int i = 0; i < WORKLOAD_KINDS.size() && why.isEmpty(); i++) { // a loop: asked for most projects of a run
        why = ctx.notCovered(WORKLOAD_KINDS.get(i), project, region);
      }
      covered.put(key, why);
    }
    return why;
  }

  private static void common(Resource r, MessageWriter m) {
    if (m.wants("kind")) {
      m.set("kind", Kinds.of(r).name());
    }
    m.set("type", r.terraformType()).set("address", r.address())
        .set("name", named(r.id().name(), "its name")).set("project", named(r.id().project(), "its project"))
        .set("region", named(r.id().region(), "its region")).set("managed", r.origin().side() == Side.DESIRED)
        .set("change", change(r.origin().change()));
  }

  /** An identity part the configuration does not set and no default gives is not known either. */
  private static Attr<String> named(Attr<String> a, String what) {
    return a.isAbsent() ? Attr.unknown(what + " is not set and no provider default gives it") : a;
  }

  private static Attr<String> change(PlannedChange c) {
    if (!c.isKnown()) {
      return Attr.absent(); // without a plan: a rule that reads it needs one, and is skipped without it
    }
    if (c.replaces()) {
      return Attr.known("replace");
    }
    return Attr.known(c.actions().get(0));
  }

  /** The variables' names, unknown when one name is (a dynamic block's). */
  private static Attr<List<String>> envNames(List<EnvVar> env) {
    return env.stream().map(EnvVar::name).filter(Attr::isUnknown).findFirst()
        .<Attr<List<String>>>map(u -> Attr.unknown("an environment variable's name is not known before apply"))
        .orElseGet(() -> Attr.known(env.stream().map(e -> e.name().known().orElse("")).toList()));
  }
}
