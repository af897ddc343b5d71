package io.vpcgate.rules;

import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.EnvVar;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.SqlInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IPv4 endpoints a service's environment points at (literal values only; secret-backed and
 * unknown values are never read), and the Redis or Cloud SQL instance each one belongs to.
 */
public final class EnvTargets {
  private EnvTargets() {}

  /** An env var holding an endpoint, and the data store at that address when one is known. */
  public record Target(EnvVar env, Endpoint endpoint, Optional<Resource> store) {
    public String envName() {
      return env.name().known().orElse("?");
    }
  }

  public static List<Target> of(CloudRunService svc, ResourceGraph world) {
    List<Target> out = new ArrayList<>();
    for (EnvVar e : svc.allEnv()) {
      if (e.fromSecret() || e.name().known().isEmpty()) {
        continue;
      }
      e.value().known().flatMap(Endpoint::any)
          .ifPresent(ep -> out.add(new Target(e, ep, storeAt(world, ep.ip()))));
    }
    return out;
  }

  /** The Redis instance whose host, or the Cloud SQL instance whose private IP, is {@code ip}. */
  public static Optional<Resource> storeAt(ResourceGraph world, long ip) {
    String addr = io.vpcgate.model.Cidr.formatIp(ip);
    for (RedisInstance r : world.all(RedisInstance.class)) {
      if (r.host().known().map(addr::equals).orElse(false)) {
        return Optional.of(r);
      }
    }
    for (SqlInstance s : world.all(SqlInstance.class)) {
      if (s.privateIp().known().map(addr::equals).orElse(false)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** "Redis staging-cache (10.166.204.91:6379)" or "Cloud SQL pg (10.20.0.3)": from API values, never env values. */
  public static String describe(Resource store) {
    if (store instanceof RedisInstance r) {
      return "Redis " + r.address() + " (" + r.host().known().orElse("?")
          + r.port().known().map(p -> ":" + p).orElse("") + ")";
    }
    if (store instanceof SqlInstance s) {
      return "Cloud SQL " + s.address() + " (" + s.privateIp().known().orElse("?") + ")";
    }
    return store.address();
  }
}
