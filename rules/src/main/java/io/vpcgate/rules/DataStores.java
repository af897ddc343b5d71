package io.vpcgate.rules;

import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.SqlInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Redis and Cloud SQL instances a service uses, in the world after deploy: those whose address
 * its env literals hold, those its Terraform refers to ({@code google_redis_instance.cache.host}),
 * and the Cloud SQL instances it attaches. Never guessed from names.
 */
public final class DataStores {
  private DataStores() {}

  public static List<Resource> usedBy(CloudRunService s, ResourceGraph world) {
    List<Resource> out = new ArrayList<>();
    for (EnvTargets.Target t : EnvTargets.of(s, world)) {
      t.store().ifPresent(r -> add(out, r));
    }
    for (Resource r : world.resources()) {
      if ((r instanceof RedisInstance || r instanceof SqlInstance) && s.origin().refersTo(r.address())) {
        add(out, r);
      }
    }
    for (String conn : s.cloudSqlInstances().known().orElse(List.of())) {
      sqlByConnectionName(world, conn).ifPresent(q -> add(out, q));
    }
    return out;
  }

  public static List<RedisInstance> redisUsedBy(CloudRunService s, ResourceGraph world) {
    return usedBy(s, world).stream().filter(RedisInstance.class::isInstance).map(RedisInstance.class::cast).toList();
  }

  public static Optional<SqlInstance> sqlByConnectionName(ResourceGraph world, String conn) {
    return world.all(SqlInstance.class).stream()
        .filter(q -> q.connectionName().known().map(conn::equals).orElse(false)).findFirst();
  }

  private static void add(List<Resource> out, Resource r) {
    if (out.stream().noneMatch(x -> x == r)) {
      out.add(r);
    }
  }
}
