package io.vpcgate.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.Origin;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.ResourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RedisHosts answers what a scan of the world's Redis instances with a known host answers, in the same order. */
class RedisHostsTest {
  private static final List<String> HOSTS = List.of("10.0.0.3", "10.0.0.4", "10.0.1.3", "192.168.0.9");
  private static final List<String> RANGES = List.of("10.0.0.0/29", "10.0.0.0/24", "10.0.0.0/16", "10.0.0.5/29",
      "10.0.1.0/29", "192.168.0.0/30", "not a range");
  private static final List<Attr<String>> PROJECTS = List.of(Attr.known("a"), Attr.known("b"), Attr.unknown("later"));
  private static final List<Attr<String>> REGIONS = List.of(Attr.known("r1"), Attr.known("r2"), Attr.absent());

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  @Test
  void lookupsAreTheScansInTheWorldsOrder() {
    Random random = new Random(17);
    for (int round = 0; round < 50; round++) {
      List<Resource> resources = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
        Attr<String> host = random.nextInt(5) == 0 ? Attr.unknown("later") : Attr.known(pick(random, HOSTS));
        Attr<String> range = random.nextInt(4) == 0 ? Attr.absent() : Attr.known(pick(random, RANGES));
        resources.add(new RedisInstance(Origin.live("cache" + i), new ResourceId(RedisInstance.KIND,
            pick(random, PROJECTS), pick(random, REGIONS), Attr.known("cache" + i)), Attr.absent(),
            Attr.known("DIRECT_PEERING"), range, host, Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent(),
            Attr.absent(), Attr.absent()));
      }
      RedisHosts index = WorldIndex.of(new ResourceGraph(resources)).redis();
      List<RedisInstance> known = resources.stream().map(RedisInstance.class::cast).filter(r -> r.host().isKnown()).toList();
      for (String host : List.of("10.0.0.3", "10.0.0.4", "10.0.0.200", "10.0.1.3", "10.0.9.9", "192.168.0.9", "8.8.8.8")) {
        long ip = Cidr.parseIp(host).orElseThrow();
        assertEquals(known.stream().filter(r -> r.host().known().get().equals(host)).findFirst(), index.at(host));
        assertEquals(known.stream().filter(r -> r.reservedRange().map(x -> x.contains(ip)).orElse(false)).findFirst(),
            index.holding(ip), host);
      }
      for (String p : List.of("a", "b")) {
        for (String region : List.of("r1", "r2")) {
          assertEquals(known.stream().filter(r -> r.id().project().equals(Attr.known(p))
              && r.id().region().equals(Attr.known(region))).toList(), index.in(p, region));
        }
      }
      assertEquals(Optional.empty(), WorldIndex.of(ResourceGraph.EMPTY).redis().at("10.0.0.3"));
    }
  }
}
