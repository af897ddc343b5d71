package io.vpcgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceGraphTest {

  private static RedisInstance redis(Side side, String project, Attr<String> host, Attr<String> range) {
    Origin o = side == Side.LIVE ? Origin.live("projects/acme/locations/r/instances/cache")
        : new Origin("google_redis_instance.cache", Side.DESIRED, new Location.SourceLocation("main.tf", 1), Map.of());
    return new RedisInstance(o, new ResourceId(RedisInstance.KIND, project == null ? Attr.unknown("no project") : Attr.known(project),
        Attr.known("r"), Attr.known("cache")), Attr.absent(), Attr.known("DIRECT_PEERING"), range, host, Attr.unknown("known after apply"),
        Attr.known(false), Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent());
  }

  @Test
  void afterDeploy_desiredReplacesItsLiveTwinAndKeepsTheRest() {
    RedisInstance live = redis(Side.LIVE, "acme", Attr.known("10.0.0.3"), Attr.known("10.0.0.0/29"));
    RedisInstance desired = redis(Side.DESIRED, null, Attr.unknown("known after apply"), Attr.known("10.0.0.0/29"));
    RedisInstance other = new RedisInstance(Origin.live("projects/acme/locations/r/instances/other"),
        ResourceId.of(RedisInstance.KIND, "acme", "r", "other"), Attr.absent(), Attr.absent(), Attr.absent(),
        Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent());

    ResourceGraph world = ResourceGraph.afterDeploy(new ResourceGraph(List.of(live, other)), new ResourceGraph(List.of(desired)));

    assertEquals(2, world.resources().size());
    RedisInstance merged = world.all(RedisInstance.class).get(0);
    assertEquals("google_redis_instance.cache", merged.address());
    assertEquals(Attr.known("10.0.0.3"), merged.host(), "the host is known only live");
    assertEquals(other, world.all(RedisInstance.class).get(1));
  }
}
