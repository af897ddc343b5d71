package io.vpcgate.rules.psc;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Location;
import io.vpcgate.model.Network;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.PscConsumer;
import io.vpcgate.model.PscStore;
import io.vpcgate.model.ServiceConnectionPolicy;
import io.vpcgate.model.Subnetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PSC-01: a data store that creates its Private Service Connect endpoints itself (Redis Cluster,
 * Valkey, Cloud SQL with psc_auto_connections) needs, in each consumer network and its own region,
 * a service connection policy for its service class, with subnetworks in that region. BLOCKING
 * when every policy of that network is known (the network is created in this apply, or the live
 * read covered the policies of its project); else a WARNING that it could not be confirmed. Not
 * judged while the consumer network or the region is not known before apply.
 */
@RuleInfo(
    id = "PSC-01",
    summary = "Private Service Connect data store has no usable service connection policy",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {PscStore.class, ServiceConnectionPolicy.class})
public final class ServiceConnectionPolicyMissing implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (PscStore store : ctx.desired().all(PscStore.class)) {
      stores(ctx, store, out);
    }
    for (ServiceConnectionPolicy p : ctx.desired().all(ServiceConnectionPolicy.class)) {
      subnetworks(ctx, p).ifPresent(out::add);
    }
    return out.stream();
  }

  private static void stores(RuleContext ctx, PscStore store, List<Finding> out) {
    Location at = RuleContext.at(store, PscStore.AUTO_CONNECTIONS);
    Attr<List<PscConsumer>> consumers = store.autoConnections();
    String what = "whether a service connection policy for " + store.serviceClass() + " lets " + store.address()
        + " create its endpoints";
    if (consumers.isUnknown()) {
      ctx.notEvaluated(store, at, what + ": its consumer networks are not known before apply");
      return;
    }
    Optional<String> region = store.id().region().known();
    List<PscConsumer> all = consumers.known().orElse(List.of());
    for (int i = 0; i < all.size(); i++) {
      PscConsumer consumer = all.get(i);
      Location here = consumerAt(store, i);
      if (consumer.network().isUnknown() || region.isEmpty()) {
        ctx.notEvaluated(store, at, what + ": its " + (region.isEmpty() ? "region" : "consumer network")
            + " is not known before apply");
        continue;
      }
      Optional<NetworkRef> network = consumer.network().known();
      if (network.isEmpty()
          || !ConnectionPolicies.governing(ctx.world(), network.get(), region.get(), store.serviceClass()).isEmpty()) {
        continue;
      }
      if (!ConnectionPolicies.perhapsGoverning(ctx.world(), network.get(), region.get(), store.serviceClass()).isEmpty()) {
        ctx.notEvaluated(store, at, what + ": a policy whose network, location or service class is not known before "
            + "apply may govern " + network.get());
        continue;
      }
      Optional<String> unsure = unsure(ctx, network.get(), consumer, store, region.get());
      Finding.Builder f = ctx.finding(store, here).severity(unsure.isEmpty() ? Severity.BLOCKING : Severity.WARNING);
      out.add(f.message("%s %s creates its Private Service Connect endpoints in network %s, but %s has no service "
              + "connection policy for service class %s in %s, so the endpoints are not created and clients on "
              + "that network cannot connect%s", Kinds.of(store).title(), store.address(), network.get(), network.get().name(),
              store.serviceClass(), region.get(), unsure.map(u -> " (could not be confirmed: " + u + ")").orElse(""))
          .remediation("Add a google_network_connectivity_service_connection_policy with service_class = \"%s\", "
              + "location = \"%s\", network = \"%s\" and psc_config { subnetworks = [a subnetwork in %s] }, and "
              + "make %s depend on it", store.serviceClass(), region.get(), path(network.get()), region.get(),
              store.address())
          .build());
    }
  }

  /**
   * Where the {@code i}th consumer network is written: the kind's path of the first one, at index
   * {@code i} (the block of a live store).
   */
  private static Location consumerAt(PscStore store, int i) {
    Optional<String> first = Kinds.path(store, PscStore.AUTO_CONNECTIONS);
    if (first.isEmpty() || !first.get().contains("[0]")) {
      return RuleContext.at(store, PscStore.AUTO_CONNECTIONS);
    }
    String p = first.get();
    int k = p.lastIndexOf("[0]");
    return store.origin().at(p.substring(0, k) + "[" + i + "]" + p.substring(k + 3));
  }

  /**
   * Empty when every policy of {@code network} is known: the network is created by this apply, or
   * the live read covered the policies of the network's project in that region; else why not.
   */
  private static Optional<String> unsure(RuleContext ctx, NetworkRef network, PscConsumer consumer, PscStore store,
      String region) {
    boolean created = ctx.desired().all(Network.class).stream()
        .anyMatch(n -> n.origin().change().creates() && n.id().name().known().map(network.name()::equals).orElse(false)
            && n.id().project().known().map(p -> network.project().isEmpty() || p.equals(network.project())).orElse(true));
    if (created) {
      return Optional.empty();
    }
    Optional<String> project = Optional.of(network.project()).filter(p -> !p.isEmpty())
        .or(() -> consumer.project().known()).or(() -> store.id().project().known());
    return ctx.notCovered(ServiceConnectionPolicy.KIND, project, Optional.of(region));
  }

  /** A policy without subnetworks, or with one in another region than its own. */
  private static Optional<Finding> subnetworks(RuleContext ctx, ServiceConnectionPolicy p) {
    Location at = RuleContext.at(p, ServiceConnectionPolicy.SUBNETWORKS);
    if (p.subnetworks().isUnknown() || p.id().region().isUnknown()) {
      ctx.notEvaluated(p, at, "whether the subnetworks of " + p.address() + " are in its region: not known before apply");
      return Optional.empty();
    }
    List<String> subnets = p.subnetworks().known().orElse(List.of());
    if (subnets.isEmpty()) {
      return Optional.of(ctx.finding(p, at).severity(Severity.WARNING)
          .message("Service connection policy %s has no psc_config subnetworks: the service has no addresses to give "
              + "the endpoints it creates in %s", ConnectionPolicies.describe(p), p.network().known()
              .map(NetworkRef::toString).orElse("its network"))
          .remediation("Set psc_config { subnetworks = [a regular subnetwork of %s in %s] }",
              p.network().known().map(NetworkRef::name).orElse("the network"), p.id().regionOr("its location"))
          .build());
    }
    Optional<String> region = p.id().region().known();
    for (String s : subnets) {
      Optional<String> theirs = ServiceConnectionPolicy.subnetworkRegion(s).or(() -> namedSubnetRegion(ctx, p, s));
      if (region.isPresent() && theirs.isPresent() && !theirs.get().equals(region.get())) {
        return Optional.of(ctx.finding(p, at)
            .message("Service connection policy %s lists subnetwork %s, which is in %s: a policy's subnetworks must "
                + "be in the policy's own region, %s", ConnectionPolicies.describe(p), last(s), theirs.get(), region.get())
            .remediation("Use a subnetwork of %s in %s", p.network().known().map(NetworkRef::name).orElse("the network"),
                region.get())
            .build());
      }
    }
    return Optional.empty();
  }

  /** The region of a subnetwork written as a bare name, when the world holds one by that name in the policy's project. */
  private static Optional<String> namedSubnetRegion(RuleContext ctx, ServiceConnectionPolicy p, String name) {
    if (name.contains("/")) {
      return Optional.empty();
    }
    List<Subnetwork> named = ctx.world().named(Subnetwork.class, name, p.id().project().known());
    return named.size() == 1 ? named.get(0).id().region().known() : Optional.empty();
  }

  /** "projects/P/global/networks/N", or the bare name when the project is not known. */
  private static String path(NetworkRef n) {
    return n.project().isEmpty() ? n.name() : "projects/" + n.project() + "/global/networks/" + n.name();
  }

  private static String last(String s) {
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
