package io.vpcgate.graph;

import io.vpcgate.model.Cidr;
import io.vpcgate.model.RedisInstance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Redis instances of the world after deploy whose host is known, for finding the one a
 * workload's address points at without scanning them all per workload: by host address, by the
 * reserved range that holds an address (each range parsed once; a CIDR holds an address exactly
 * when it is one of the address's 33 prefixes, so a lookup is 33 map probes), and by project and
 * region. Each lookup answers what a scan in the world's order would find first.
 */
public final class RedisHosts {
  private final List<RedisInstance> known = new ArrayList<>();
  private final Map<String, RedisInstance> byHost = new HashMap<>();
  /** A reserved range (first address, prefix) → the position in {@code known} of the first instance with it. */
  private final Map<Cidr, Integer> byRange = new HashMap<>();
  private final Map<List<String>, List<RedisInstance>> byProjectRegion = new HashMap<>();

  RedisHosts(List<RedisInstance> instances) {
    for (RedisInstance r : instances) {
      if (!r.host().isKnown()) {
        continue;
      }
      int at = known.size();
      known.add(r);
      byHost.putIfAbsent(r.host().known().get(), r);
      r.reservedRange().ifPresent(c -> byRange.putIfAbsent(c.canonical(), at));
      if (r.id().project().isKnown() && r.id().region().isKnown()) {
        byProjectRegion.computeIfAbsent(List.of(r.id().project().known().get(), r.id().region().known().get()),
            k -> new ArrayList<>()).add(r);
      }
    }
  }

  /** The first instance whose host is {@code address}. */
  public Optional<RedisInstance> at(String address) {
    return Optional.ofNullable(byHost.get(address));
  }

  /** The first instance whose reserved range holds {@code ip}. */
  public Optional<RedisInstance> holding(long ip) {
    int first = Integer.MAX_VALUE;
    for (int prefix = 0; prefix <= 32; prefix++) {
      Integer at = byRange.get(new Cidr(ip, prefix).canonical());
      if (at != null && at < first) {
        first = at;
      }
    }
    return first == Integer.MAX_VALUE ? Optional.empty() : Optional.of(known.get(first));
  }

  /** The instances in {@code project} and {@code region} (both known on the instance), in order. */
  public List<RedisInstance> in(String project, String region) {
    return byProjectRegion.getOrDefault(List.of(project, region), List.of());
  }
}
