package io.vpcgate.rules;

import io.vpcgate.engine.RuleContext;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.PlannedChange;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether applying Terraform replaces a resource (destroy, then create), and why. A plan says so
 * itself (its actions and replace paths); without one, the resource is compared with what exists
 * (its live twin, else its last-applied state) on the fields the provider marks ForceNew:
 * for a connector name, network, ip_cidr_range, subnet, throughput and any decrease of min or max
 * instances ({@code isInstanceShrinkage}); for Redis connect_mode, authorized_network, tier,
 * transit_encryption_mode and a redis_version downgrade. Fields known on one side only never count.
 */
public final class Replacement {
  private static final Pattern REDIS_VERSION = Pattern.compile("REDIS_(\\d+)_(\\d+|X)");

  private Replacement() {}

  /** Why the apply replaces {@code desired}, or empty when it does not or that cannot be told. */
  public static Optional<List<String>> of(RuleContext ctx, Resource desired) {
    PlannedChange change = desired.origin().change();
    List<String> diff = LiveTwin.before(ctx, desired).map(b -> forceNewDiff(desired, b)).orElse(List.of());
    if (!change.isKnown()) {
      return diff.isEmpty() ? Optional.empty() : Optional.of(diff);
    }
    if (!change.replaces()) {
      return Optional.empty();
    }
    if (change.replacePaths().isEmpty()) {
      return Optional.of(diff.isEmpty() ? List.of("the plan replaces it") : diff);
    }
    // The plan's own reasons, each with the values from the comparison where it has them.
    return Optional.of(change.replacePaths().stream()
        .map(p -> diff.stream().filter(d -> d.startsWith(p + " ")).findFirst().orElse(p)).toList());
  }

  /** The ForceNew fields that differ between {@code desired} and the resource as it is. */
  private static List<String> forceNewDiff(Resource desired, Resource before) {
    List<String> why = new ArrayList<>();
    if (desired instanceof VpcConnector d && before instanceof VpcConnector b) {
      connector(d, b, why);
    } else if (desired instanceof RedisInstance d && before instanceof RedisInstance b) {
      redis(d, b, why);
    }
    return why;
  }

  private static void connector(VpcConnector d, VpcConnector b, List<String> why) {
    Optional<Cidr> dr = d.range();
    Optional<Cidr> br = b.range();
    if (dr.isPresent() && br.isPresent() && !dr.get().canonical().equals(br.get().canonical())) {
      why.add("ip_cidr_range " + br.get() + " -> " + dr.get());
    }
    network("network", d.network(), b.network(), why);
    differs("subnet.name", d.subnetName(), b.subnetName(), why);
    if (d.origin().configured("min_throughput").orElse(false)) {
      differs("min_throughput", d.minThroughput(), b.minThroughput(), why);
    }
    if (d.origin().configured("max_throughput").orElse(false)) {
      differs("max_throughput", d.maxThroughput(), b.maxThroughput(), why);
    }
    shrinks("min_instances", d.minInstances(), b.minInstances(), why);
    shrinks("max_instances", d.maxInstances(), b.maxInstances(), why);
  }

  private static void redis(RedisInstance d, RedisInstance b, List<String> why) {
    differs("connect_mode", d.connectMode(), b.connectMode(), why);
    network("authorized_network", d.authorizedNetwork(), b.authorizedNetwork(), why);
    differs("tier", d.tier(), b.tier(), why);
    differs("transit_encryption_mode", d.transitMode(), b.transitMode(), why);
    Optional<Integer> dv = d.redisVersion().known().flatMap(Replacement::version);
    Optional<Integer> bv = b.redisVersion().known().flatMap(Replacement::version);
    if (dv.isPresent() && bv.isPresent() && dv.get() < bv.get()) {
      why.add("redis_version " + b.redisVersion().known().get() + " -> " + d.redisVersion().known().get()
          + " (a downgrade)");
    }
  }

  private static Optional<Integer> version(String v) {
    Matcher m = REDIS_VERSION.matcher(v);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(m.group(1)) * 100 + (m.group(2).equals("X") ? 0 : Integer.parseInt(m.group(2))));
  }

  private static <T> void differs(String field, Attr<T> desired, Attr<T> before, List<String> why) {
    if (desired.isKnown() && before.isKnown() && !Objects.equals(desired.known().get(), before.known().get())) {
      why.add(field + " " + before.known().get() + " -> " + desired.known().get());
    }
  }

  private static void network(String field, Attr<NetworkRef> desired, Attr<NetworkRef> before, List<String> why) {
    if (desired.isKnown() && before.isKnown() && !desired.known().get().sameAs(before.known().get())) {
      why.add(field + " " + before.known().get().name() + " -> " + desired.known().get().name());
    }
  }

  private static void shrinks(String field, Attr<Integer> desired, Attr<Integer> before, List<String> why) {
    if (desired.isKnown() && before.isKnown() && desired.known().get() < before.known().get()) {
      why.add(field + " " + before.known().get() + " -> " + desired.known().get() + " (a decrease)");
    }
  }
}
