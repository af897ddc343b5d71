package io.vpcgate.graph;

import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Networked;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indexes over the world after deploy, built once per run and shared by every rule: resources by
 * network (the world's own lookup, {@link ResourceGraph#onNetwork}), by project
 * and by region, the ranges taken in each network ({@link NetworkRanges}, each CIDR parsed once) and
 * the Redis instances by address ({@link RedisHosts}, on first use). They make the rules that
 * compare every connector with every range, or every workload with every store, linear in the input.
 */
public final class WorldIndex {
  private final ResourceGraph world;
  private final Map<String, List<Resource>> byProject = new HashMap<>();
  private final Map<String, List<Resource>> byRegion = new HashMap<>();
  private final Map<String, NetworkRanges> ranges = new HashMap<>();
  private RedisHosts redis;

  private WorldIndex(ResourceGraph world) {
    this.world = world;
    for (Resource r : world.resources()) {
      r.id().project().known().ifPresent(p -> byProject.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
      r.id().region().known().ifPresent(p -> byRegion.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
    }
  }

  public static WorldIndex of(ResourceGraph world) {
    return new WorldIndex(world);
  }

  /** The resources on {@code network}, in the world's order ({@link ResourceGraph#onNetwork}). */
  public List<Networked> onNetwork(NetworkRef network) {
    return world.onNetwork(network);
  }

  /** The resources of {@code type} whose network is not known (absent or unknown), in the world's order. */
  public <T extends Networked> List<T> networkNotKnown(Class<T> type) {
    return world.networkNotKnown(type);
  }

  /** The Redis instances with a known host, by address, by reserved range and by project and region. */
  public synchronized RedisHosts redis() {
    if (redis == null) {
      redis = new RedisHosts(world.all(RedisInstance.class));
    }
    return redis;
  }

  public List<Resource> inProject(String project) {
    return byProject.getOrDefault(project, List.of());
  }

  public List<Resource> inRegion(String region) {
    return byRegion.getOrDefault(region, List.of());
  }

  /** The ranges taken in {@code network}, built on first use. */
  public synchronized NetworkRanges ranges(NetworkRef network) {
    return ranges.computeIfAbsent(network.toString(), k -> build(network));
  }

  private NetworkRanges build(NetworkRef network) {
    List<NetworkRanges.Taken> out = new ArrayList<>();
    // The same resource can come from more than one of the lookup's buckets: once each, by identity (a record's
    // own hashCode would hash the whole resource).
    Set<Resource> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Networked r : onNetwork(network)) {
      if (!seen.add(r)) {
        continue;
      }
      if (r instanceof Subnetwork s) {
        s.ipCidrRange().known().flatMap(Cidr::tryParse).ifPresent(c -> out.add(new NetworkRanges.Taken(c, s,
            NetworkRanges.Kind.SUBNET, "subnet " + s.id().nameOr(s.address()))));
        for (Attr<String> sec : s.secondaryRanges()) {
          sec.known().flatMap(Cidr::tryParse).ifPresent(c -> out.add(new NetworkRanges.Taken(c, s,
              NetworkRanges.Kind.SUBNET, "secondary range of subnet " + s.id().nameOr(s.address()))));
        }
      } else if (r instanceof VpcConnector c) {
        c.range().ifPresent(x -> out.add(new NetworkRanges.Taken(x, c, NetworkRanges.Kind.CONNECTOR,
            "connector " + c.address())));
      } else if (r instanceof RedisInstance x && x.connectMode().known().orElse("").equals("DIRECT_PEERING")) {
        x.reservedRange().ifPresent(c -> out.add(new NetworkRanges.Taken(c, x, NetworkRanges.Kind.REDIS,
            "Redis " + x.address() + " reserved range")));
      } else if (r instanceof GlobalAddress g && g.purpose().known().orElse("").equals("VPC_PEERING")) {
        g.range().ifPresent(c -> out.add(new NetworkRanges.Taken(c, g, NetworkRanges.Kind.PSA,
            "Private Service Access range " + g.address())));
      }
    }
    return new NetworkRanges(out);
  }
}
