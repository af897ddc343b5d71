package io.vpcgate.graph;

import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.NameIndex;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Networked;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Indexes over the world after deploy, built once per run and shared by every rule: resources by
 * network (by the network's name and project, then matched as {@link NetworkRef#sameAs}), by project
 * and by region, the ranges taken in each network ({@link NetworkRanges}, each CIDR parsed once) and
 * the Redis instances by address ({@link RedisHosts}, on first use). They make the rules that
 * compare every connector with every range, or every workload with every store, linear in the input.
 */
public final class WorldIndex {
  private static final String NETWORK = "network";
  private final ResourceGraph world;
  private final NameIndex<Networked> byNetwork;
  private final Map<String, List<Resource>> byProject = new HashMap<>();
  private final Map<String, List<Resource>> byRegion = new HashMap<>();
  private final Map<String, NetworkRanges> ranges = new HashMap<>();
  private RedisHosts redis;

  private WorldIndex(ResourceGraph world) {
    this.world = world;
    List<Networked> networked = new ArrayList<>();
    for (Resource r : world.resources()) {
      r.id().project().known().ifPresent(p -> byProject.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
      r.id().region().known().ifPresent(p -> byRegion.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
      if (r instanceof Networked n && n.network().isKnown()) {
        networked.add(n);
      }
    }
    byNetwork = new NameIndex<>(networked, n -> n.network().known().map(WorldIndex::key));
  }

  /** A network as a {@link NameIndex} key: its name, and its project where the reference knows it. */
  private static NameIndex.Key key(NetworkRef n) {
    return new NameIndex.Key(NETWORK, n.name(), Optional.of(n.project()).filter(p -> !p.isEmpty()));
  }

  public static WorldIndex of(ResourceGraph world) {
    return new WorldIndex(world);
  }

  /** The resources on {@code network}, in the world's order. */
  public List<Networked> onNetwork(NetworkRef network) {
    NameIndex.Key k = key(network);
    return byNetwork.candidates(k.kind(), k.name(), k.project()).stream()
        .filter(r -> r.network().known().map(n -> n.sameAs(network)).orElse(false)).toList();
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
    Map<Resource, Boolean> seen = new LinkedHashMap<>();
    for (Networked r : onNetwork(network)) {
      if (seen.put(r, true) != null) {
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
