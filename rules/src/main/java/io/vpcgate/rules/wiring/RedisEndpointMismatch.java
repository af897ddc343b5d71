package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Side;
import io.vpcgate.graph.Endpoint;
import io.vpcgate.graph.RedisHosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * WIRE-06: the Redis host a workload is given must be a clean IPv4 literal (a stray newline or
 * quote turns it into a DNS lookup and redis-py's "Error -3 ... Temporary failure in name
 * resolution") and must be the live instance's host and port. Env values are never printed; the
 * message names the variable and quotes the instance's endpoint from the Redis API.
 */
@RuleInfo(
    id = "WIRE-06",
    summary = "Workload's Redis host or port is not the Redis instance's endpoint",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, RedisInstance.class})
public final class RedisEndpointMismatch implements Rule {
  private static final List<String> HOST_SUFFIXES = List.of("HOST", "HOSTNAME", "ADDR", "ADDRESS", "SERVER", "ENDPOINT", "IP");
  private static final List<String> URL_SUFFIXES = List.of("URL", "URI", "DSN");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload s : ctx.desired().all(Workload.class)) {
      for (List<EnvVar> c : s.envByContainer()) {
        for (EnvVar e : c) {
          String name = e.name().known().orElse("").toUpperCase(Locale.ROOT);
          if (e.fromSecret() || !name.contains("REDIS") || e.value().known().isEmpty()) {
            continue;
          }
          String value = e.value().known().get();
          if (endsWithAny(name, HOST_SUFFIXES)) {
            Endpoint.host(value).ifPresent(ep -> checkHost(ctx, s, c, e, ep, out));
          } else if (endsWithAny(name, URL_SUFFIXES)) {
            Endpoint.any(value).ifPresent(ep -> checkHost(ctx, s, c, e, ep, out));
          }
        }
      }
    }
    return out.stream();
  }

  private static boolean endsWithAny(String name, List<String> suffixes) {
    return suffixes.stream().anyMatch(x -> name.equals("REDIS" + x) || name.endsWith("_" + x));
  }

  private static void checkHost(RuleContext ctx, Workload s, List<EnvVar> c, EnvVar e, Endpoint ep, List<Finding> out) {
    String var = e.name().known().get();
    io.vpcgate.model.Location at = s.origin().at(e.valuePath());
    ep.defect().ifPresent(defect -> out.add(ctx.finding(s, at)
        .message("%s: %s %s, so it is not an IP literal; the client resolves it through DNS and fails with "
            + "\"Error -3 ... Temporary failure in name resolution\" (EAI_AGAIN), a DNS error, not a routing one",
            Subjects.of(s), var, defect)
        .remediation("Set %s to the bare address, ideally from Terraform: google_redis_instance.<name>.host (and the "
            + "port from .port)", var)
        .build()));
    Optional<RedisInstance> redis = instanceFor(ctx, s, ep.ip());
    if (redis.isEmpty()) {
      return;
    }
    RedisInstance r = redis.get();
    String host = r.host().known().orElse("?");
    if (!host.equals(ep.address())) {
      Finding.Builder b = ctx.finding(s, at);
      s.origin().setAt(e.valuePath()).ifPresent(b::setAt); // the stale address is set in tfvars: point there
      out.add(b
          .message("%s: %s does not hold the address of Redis %s, whose endpoint is %s:%s%s; no Redis "
              + "instance in %s/%s has the address it holds (was the instance recreated?)", Subjects.of(s), var,
              r.address(), host, r.port().known().map(String::valueOf).orElse("?"),
              r.reservedRange().map(x -> " (reserved range " + x + ")").orElse(""),
              s.id().projectOr("?"), s.id().regionOr("?"))
          .remediation("%s", suggestion(r, var))
          .related(r.origin().location())
          .build());
      return;
    }
    EnvVar portSource = ep.port().isPresent() ? e : portVar(c, e).orElse(null);
    OptionalInt port = ep.port().isPresent() ? ep.port() : portSource == null ? OptionalInt.empty() : portOf(portSource);
    Optional<Integer> livePort = r.port().known();
    if (port.isPresent() && livePort.isPresent() && port.getAsInt() != livePort.get()) {
      out.add(ctx.finding(s, s.origin().at(portSource.valuePath()))
          .message("%s: the Redis port in %s is not the port of Redis %s (%d)", Subjects.of(s),
              portSource.name().known().orElse("?"), r.address(), livePort.get())
          .remediation("Use port %d, ideally from google_redis_instance.<name>.port", livePort.get())
          .related(r.origin().location())
          .build());
    }
  }

  /** The instance at this address, else the one whose range holds it, else the only one in the workload's region. */
  private static Optional<RedisInstance> instanceFor(RuleContext ctx, Workload s, long ip) {
    RedisHosts redis = ctx.index().redis();
    Optional<RedisInstance> found = redis.at(Cidr.formatIp(ip)).or(() -> redis.holding(ip));
    if (found.isPresent() || s.id().project().known().isEmpty() || s.id().region().known().isEmpty()) {
      return found;
    }
    List<RedisInstance> local = redis.in(s.id().project().known().get(), s.id().region().known().get());
    return local.size() == 1 ? Optional.of(local.get(0)) : Optional.empty();
  }

  /** REDIS_PORT for REDIS_HOST: the variable with the same prefix and PORT instead of the host suffix. */
  private static Optional<EnvVar> portVar(List<EnvVar> c, EnvVar hostVar) {
    String host = hostVar.name().known().orElse("").toUpperCase(Locale.ROOT);
    String prefix = host.substring(0, Math.max(0, host.lastIndexOf('_') + 1));
    return c.stream()
        .filter(e -> !e.fromSecret() && e.name().known().orElse("").toUpperCase(Locale.ROOT).equals(prefix + "PORT"))
        .findFirst();
  }

  private static OptionalInt portOf(EnvVar e) {
    Optional<String> v = e.value().known();
    if (v.isPresent() && v.get().strip().matches("\\d{1,5}")) {
      return OptionalInt.of(Integer.parseInt(v.get().strip()));
    }
    return OptionalInt.empty();
  }

  private static String suggestion(RedisInstance r, String var) {
    if (r.origin().side() == Side.DESIRED) {
      return "Set " + var + " = " + r.address() + ".host (and the port from " + r.address() + ".port)";
    }
    return "Set " + var + " to " + r.host().known().orElse("the instance's host")
        + ", or read it with data \"google_redis_instance\" so it follows the instance";
  }
}
