package io.vpcgate.rules.redis;

import io.vpcgate.model.GlobalAddress;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.graph.NetworkRanges;
import io.vpcgate.rules.PrivateServiceAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * REDIS-03: reserved_ip_range means two things. Under DIRECT_PEERING it is a CIDR block (a /29 by
 * default, /28 with read replicas) that must not overlap the authorized network's ranges; under
 * PRIVATE_SERVICE_ACCESS it is the name of an allocated range, and a CIDR there makes every apply
 * recreate the instance.
 */
@RuleInfo(
    id = "REDIS-03",
    summary = "Memorystore Redis reserved_ip_range does not fit its connect mode",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {RedisInstance.class, GlobalAddress.class})
public final class RedisReservedRangeInvalid implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (RedisInstance r : ctx.desired().all(RedisInstance.class)) {
      Optional<String> range = r.reservedIpRange().known();
      Optional<String> mode = r.connectMode().known();
      if (range.isEmpty() || mode.isEmpty() || range.get().equals("auto")) {
        continue;
      }
      Optional<Cidr> cidr = Cidr.tryParse(range.get());
      if (mode.get().equals("PRIVATE_SERVICE_ACCESS")) {
        psa(ctx, r, range.get(), cidr, out);
      } else if (mode.get().equals("DIRECT_PEERING")) {
        direct(ctx, r, range.get(), cidr, out);
      }
    }
    return out.stream();
  }

  private static void psa(RuleContext ctx, RedisInstance r, String range, Optional<Cidr> cidr, List<Finding> out) {
    if (cidr.isPresent()) {
      out.add(ctx.finding(r, RedisInstance.RESERVED_IP_RANGE)
          .message("Redis %s uses PRIVATE_SERVICE_ACCESS, where reserved_ip_range is the name of an allocated range, "
              + "but it is the CIDR %s; the provider then recreates the instance on every apply", r.address(), range)
          .remediation("Set reserved_ip_range to the name of the google_compute_global_address (purpose VPC_PEERING) "
              + "the Private Service Access connection uses")
          .build());
      return;
    }
    Optional<NetworkRef> net = r.authorizedNetwork().known();
    if (net.isPresent() && ctx.live().isPresent()
        && !PrivateServiceAccess.rangeNamed(ctx.index(), net.get(), range).orElse(true)) {
      out.add(ctx.finding(r, RedisInstance.RESERVED_IP_RANGE)
          .message("Redis %s: reserved_ip_range \"%s\" names no VPC_PEERING range on network %s (its ranges: %s)",
              r.address(), range, net.get(), String.join(", ", PrivateServiceAccess.rangeNames(ctx.world(), net.get())))
          .remediation("Name one of the network's Private Service Access ranges")
          .build());
    }
  }

  private static void direct(RuleContext ctx, RedisInstance r, String range, Optional<Cidr> cidr, List<Finding> out) {
    if (cidr.isEmpty()) {
      out.add(ctx.finding(r, RedisInstance.RESERVED_IP_RANGE)
          .message("Redis %s uses DIRECT_PEERING, where reserved_ip_range is a CIDR block, but it is \"%s\"",
              r.address(), range)
          .remediation("Give a free /29 such as \"10.0.0.0/29\", or leave it unset to let the service choose")
          .build());
      return;
    }
    boolean replicas = r.readReplicasMode().known().map("READ_REPLICAS_ENABLED"::equals).orElse(false);
    int needed = replicas ? 28 : 29;
    if (cidr.get().prefix() > needed) {
      out.add(ctx.finding(r, RedisInstance.RESERVED_IP_RANGE)
          .message("Redis %s: reserved_ip_range %s is a /%d; the instance needs a /%d%s", r.address(), cidr.get(),
              cidr.get().prefix(), needed, replicas ? " with read replicas" : "")
          .remediation("Reserve a /%d, e.g. \"%s\"", needed, new Cidr(cidr.get().first(), needed).canonical())
          .build());
    }
    r.authorizedNetwork().known().ifPresent(net -> ctx.index().ranges(net).overlapping(cidr.get(), r).stream()
        .filter(t -> t.kind() != NetworkRanges.Kind.CONNECTOR).findFirst()
        .ifPresent(t -> out.add(ctx.finding(r, RedisInstance.RESERVED_IP_RANGE)
            .message("Redis %s: reserved_ip_range %s overlaps %s (%s) on network %s; it must be \"unique and "
                + "non-overlapping with existing subnets in an authorized network\"", r.address(), cidr.get(), t.label(),
                t.range(), net.name())
            .remediation("Reserve a free block, or leave reserved_ip_range unset to let the service choose one")
            .related(t.owner().origin().location())
            .build())));
  }
}
