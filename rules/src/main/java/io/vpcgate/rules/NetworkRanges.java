package io.vpcgate.rules;

import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every known IPv4 range taken in one VPC network: subnet primary and secondary ranges,
 * connector ranges, Memorystore DIRECT_PEERING reserved ranges and Private Service Access
 * allocations. Ranges whose value or network is unknown are left out: no guessing.
 */
public final class NetworkRanges {
  /** A taken range, what takes it, and what kind of thing that is. */
  public record Taken(Cidr range, Resource owner, Kind kind, String label) {}

  public enum Kind { SUBNET, CONNECTOR, REDIS, PSA }

  private final List<Taken> taken;

  private NetworkRanges(List<Taken> taken) {
    this.taken = List.copyOf(taken);
  }

  public static NetworkRanges of(ResourceGraph world, NetworkRef network) {
    List<Taken> out = new ArrayList<>();
    for (Subnetwork s : world.all(Subnetwork.class)) {
      if (on(s.network(), network)) {
        s.ipCidrRange().known().flatMap(Cidr::tryParse)
            .ifPresent(c -> out.add(new Taken(c, s, Kind.SUBNET, "subnet " + s.id().nameOr(s.address()))));
        for (Attr<String> sec : s.secondaryRanges()) {
          sec.known().flatMap(Cidr::tryParse).ifPresent(c ->
              out.add(new Taken(c, s, Kind.SUBNET, "secondary range of subnet " + s.id().nameOr(s.address()))));
        }
      }
    }
    for (VpcConnector c : world.all(VpcConnector.class)) {
      if (on(c.network(), network)) {
        c.range().ifPresent(r -> out.add(new Taken(r, c, Kind.CONNECTOR, "connector " + c.address())));
      }
    }
    for (RedisInstance r : world.all(RedisInstance.class)) {
      if (on(r.authorizedNetwork(), network) && r.connectMode().known().orElse("").equals("DIRECT_PEERING")) {
        r.reservedRange().ifPresent(c -> out.add(new Taken(c, r, Kind.REDIS, "Redis " + r.address() + " reserved range")));
      }
    }
    for (GlobalAddress g : world.all(GlobalAddress.class)) {
      if (on(g.network(), network) && g.purpose().known().orElse("").equals("VPC_PEERING")) {
        g.range().ifPresent(c -> out.add(new Taken(c, g, Kind.PSA, "Private Service Access range " + g.address())));
      }
    }
    return new NetworkRanges(out);
  }

  private static boolean on(Attr<NetworkRef> ref, NetworkRef network) {
    return ref.known().map(n -> n.sameAs(network)).orElse(false);
  }

  public List<Taken> all() {
    return taken;
  }

  /** The taken ranges overlapping {@code range}, other than those owned by {@code self}'s identity. */
  public List<Taken> overlapping(Cidr range, Resource self) {
    return taken.stream()
        .filter(t -> !t.owner().id().sameAs(self.id()))
        .filter(t -> t.range().overlaps(range))
        .toList();
  }

  /** The first free block of {@code prefix} after {@code after} inside RFC 1918 10.0.0.0/8, if any. */
  public Optional<Cidr> freeBlockAfter(Cidr after, int prefix) {
    Cidr candidate = after.nextBlock(prefix);
    Cidr ten = IpRanges.RFC1918.get(0);
    for (int i = 0; i < 65_536 && ten.contains(candidate); i++) {
      Cidr c = candidate;
      Optional<Taken> clash = taken.stream().filter(t -> t.range().overlaps(c)).findFirst();
      if (clash.isEmpty()) {
        return Optional.of(candidate);
      }
      Cidr block = clash.get().range();
      candidate = (block.prefix() < prefix ? block : candidate).nextBlock(prefix);
    }
    return Optional.empty();
  }
}
