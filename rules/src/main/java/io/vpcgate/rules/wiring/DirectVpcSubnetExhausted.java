package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.Route;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-13: the subnet that Direct VPC egress takes addresses from must hold what every workload on
 * it takes at its maximum scale: Cloud Run reserves addresses in blocks of 16 and holds about twice
 * as many as instances, and four addresses of every subnet are Google's. A subnet a connector uses
 * is the connector's alone. Workloads whose maximum is not set or not known are not judged (unless
 * the others already exceed the subnet); a subnet whose range is not known is not judged.
 */
@RuleInfo(
    id = "WIRE-13",
    summary = "Direct VPC subnet is too small for the workloads that take addresses from it",
    severity = Severity.BLOCKING,
    category = Category.CAPACITY,
    appliesTo = {Workload.class, Subnetwork.class, VpcConnector.class})
public final class DirectVpcSubnetExhausted implements Rule {
  /** Cloud Run reserves Direct VPC addresses 16 at a time (a /28). */
  static final int BLOCK = 16;
  /** The smallest subnet Cloud Run's guidance accepts for Direct VPC. */
  static final int SMALLEST_PREFIX = 26;
  /** Google Cloud keeps four addresses of every IPv4 subnet range. */
  static final int RESERVED = 4;

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    // By identity, in the order first met: a route's subnetwork is the world's own object, and hashing the record
    // would link its generated equality's method handles at first use, tens of milliseconds of start-up.
    Map<Subnetwork, List<Workload>> bySubnet = new IdentityHashMap<>();
    List<Subnetwork> order = new ArrayList<>();
    for (Workload w : ctx.wiring().workloads()) {
      Route r = ctx.wiring().route(w);
      if (!r.isDirectVpc()) {
        continue;
      }
      if (r.subnet().isEmpty()) {
        r.subnetName().known().ifPresent(name -> ctx.notEvaluated(w, RuleContext.at(w, Workload.FIRST_NETWORK_INTERFACE),
            "whether subnetwork " + name + " has room for its Direct VPC addresses: the subnetwork is neither in "
                + "Terraform nor in the live state read"));
        continue;
      }
      bySubnet.computeIfAbsent(r.subnet().get(), s -> {
        order.add(s);
        return new ArrayList<>();
      }).add(w);
    }
    List<Finding> out = new ArrayList<>();
    order.forEach(subnet -> out.addAll(judge(ctx, subnet, bySubnet.get(subnet))));
    return out.stream();
  }

  /** The findings on the workloads of one subnet: too small for all of them, shared with a connector, or small. */
  private static List<Finding> judge(RuleContext ctx, Subnetwork subnet, List<Workload> users) {
    Optional<Cidr> range = subnet.ipCidrRange().known().flatMap(Cidr::tryParse);
    if (range.isEmpty()) {
      users.forEach(w -> ctx.notEvaluated(w, RuleContext.at(w, Workload.FIRST_NETWORK_INTERFACE),
          "whether subnetwork " + subnet.id().nameOr("?") + " has room for its Direct VPC addresses: its range is "
              + (subnet.ipCidrRange() instanceof Attr.Unknown<String> u ? "not known (" + u.reason() + ")" : "not set")));
      return List.of();
    }
    Workload first = users.get(0);
    Optional<VpcConnector> connector = connectorOn(ctx, subnet);
    if (connector.isPresent()) {
      return users.stream().map(w -> ctx.finding(w, Workload.FIRST_NETWORK_INTERFACE)
          .message("%s takes Direct VPC addresses from subnetwork %s, which connector %s uses; a connector's subnet "
              + "\"must not have any other resources on it other than the connector\"", Subjects.of(w),
              subnet.id().nameOr("?"), connector.get().address())
          .remediation("Give Direct VPC egress a subnet of its own (a /26 or larger), or route this workload through "
              + "the connector instead")
          .related(subnet.origin().location())
          .related(connector.get().origin().location())
          .build()).toList();
    }
    long capacity = Math.max(0, range.get().size() - RESERVED);
    long known = 0;
    List<String> parts = new ArrayList<>();
    List<Workload> unbounded = new ArrayList<>();
    for (Workload w : users) {
      Attr<Integer> max = w.maxInstances();
      if (!max.isKnown()) {
        unbounded.add(w);
        continue;
      }
      long need = addresses(w, max.known().get());
      known += need;
      parts.add(w.address() + " (" + max.known().get() + " at once: " + need + ")");
    }
    List<Finding> out = new ArrayList<>();
    if (known > capacity) {
      out.add(ctx.finding(first, Workload.FIRST_NETWORK_INTERFACE)
          .message("Subnetwork %s (%s) has %d addresses for Direct VPC egress, but at their maximum scale the workloads "
              + "on it take %d: %s%s; instances beyond that fail to start (addresses are reserved %d at a time, and a "
              + "service or worker pool holds about two per instance)", subnet.id().nameOr("?"), range.get(), capacity,
              known, String.join(", ", parts),
              unbounded.isEmpty() ? "" : ", and " + unbounded.size() + " more with no maximum set", BLOCK)
          .remediation("Use a larger subnet (a /%d holds %d addresses), or lower max instances", prefixFor(known),
              (1L << (32 - prefixFor(known))) - RESERVED)
          .related(subnet.origin().location())
          .build());
    } else {
      unbounded.forEach(w -> ctx.notEvaluated(w, RuleContext.at(w, Workload.MAX_INSTANCES),
          "whether subnetwork " + subnet.id().nameOr("?") + " (" + range.get() + ") has room for its Direct VPC "
              + "addresses: its maximum instances are " + (w.maxInstances().isUnknown() ? "not known before apply"
                  : "not set, so they are bounded only by the platform's default and quota")));
    }
    if (range.get().prefix() > SMALLEST_PREFIX) {
      // Every workload on a small subnet is told, whatever the others do; the one told it is too small already knows.
      users.stream().filter(w -> out.isEmpty() || w != first).forEach(w -> out.add(
          ctx.finding(w, Workload.FIRST_NETWORK_INTERFACE).severity(Severity.WARNING)
              .message("%s takes Direct VPC addresses from subnetwork %s (%s), which is smaller than a /%d; Cloud "
                  + "Run's guidance for Direct VPC egress is a /%d or larger, since it reserves addresses %d at a time",
                  Subjects.of(w), subnet.id().nameOr("?"), range.get(), SMALLEST_PREFIX, SMALLEST_PREFIX, BLOCK)
              .remediation("Use a subnet of /%d or larger for Direct VPC egress", SMALLEST_PREFIX)
              .related(subnet.origin().location())
              .build()));
    }
    return out;
  }

  /** What {@code w} takes at {@code instances}: its addresses per instance, in whole blocks. */
  static long addresses(Workload w, int instances) {
    long raw = (long) instances * w.directVpcAddressesPerInstance();
    return (raw + BLOCK - 1) / BLOCK * BLOCK;
  }

  /** The largest prefix whose range holds {@code addresses} besides Google's four. */
  private static int prefixFor(long addresses) {
    int prefix = 29;
    while (prefix > 8 && (1L << (32 - prefix)) - RESERVED < addresses) {
      prefix--;
    }
    return prefix;
  }

  /** A connector, in Terraform or live, whose {@code subnet { name }} is this subnetwork. */
  private static Optional<VpcConnector> connectorOn(RuleContext ctx, Subnetwork subnet) {
    return ctx.world().all(VpcConnector.class).stream()
        .filter(c -> c.subnetName().known().equals(subnet.id().name().known()))
        .filter(c -> c.id().region().known().equals(subnet.id().region().known()))
        .filter(c -> (c.subnetProject().isAbsent() ? c.id().project() : c.subnetProject()).known()
            .equals(subnet.id().project().known()))
        .findFirst();
  }
}
