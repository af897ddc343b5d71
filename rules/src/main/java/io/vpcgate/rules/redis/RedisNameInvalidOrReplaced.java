package io.vpcgate.rules.redis;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Workload;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.rules.LiveTwin;
import io.vpcgate.rules.Replacement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * REDIS-01: the instance id must match {@code ^[a-z][a-z0-9-]{0,39}[a-z0-9]$}; and an apply that
 * replaces the instance (a ForceNew field, a version downgrade) deletes its data and gives it a
 * server-assigned host that may differ: BLOCKING when services hold the current host as a literal
 * (they lose Redis), a WARNING otherwise.
 */
@RuleInfo(
    id = "REDIS-01",
    summary = "Memorystore Redis name is invalid, or the apply replaces the instance",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {RedisInstance.class})
public final class RedisNameInvalidOrReplaced implements Rule {
  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]{0,39}[a-z0-9]$");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    Map<String, Set<String>> holders = null; // by address: the workloads holding it, built for the first replacement
    for (RedisInstance r : ctx.desired().all(RedisInstance.class)) {
      r.id().name().known().filter(n -> !NAME.matcher(n).matches()).ifPresent(n -> out.add(ctx.finding(r, RedisInstance.NAME)
          .message("Redis %s: name \"%s\" does not match ^[a-z][a-z0-9-]{0,39}[a-z0-9]$ (2-41 characters, lowercase, "
              + "starting with a letter); the API rejects it", r.address(), n)
          .remediation("Rename it, e.g. \"%s\"", suggest(n))
          .build()));
      Optional<List<String>> why = Replacement.of(ctx, r);
      if (why.isEmpty()) {
        continue;
      }
      Optional<String> host = ctx.live().flatMap(l -> LiveTwin.find(l, r)).flatMap(x -> ((RedisInstance) x).host().known());
      if (host.isPresent() && holders == null) {
        holders = holders(ctx);
      }
      List<String> hardCoded = host.isPresent() ? List.copyOf(holders.getOrDefault(host.get(), Set.of())) : List.of();
      String first = why.get().get(0);
      io.vpcgate.model.Field field = new io.vpcgate.model.Field(first.contains(" ") ? first.substring(0, first.indexOf(' ')) : "name");
      out.add(ctx.finding(r, field).severity(hardCoded.isEmpty() ? Severity.WARNING : Severity.BLOCKING)
          .message("Applying replaces Redis %s (%s): its data is deleted and the new instance's host is assigned by "
              + "the server%s", r.address(), String.join(", ", why.get()),
              hardCoded.isEmpty() ? "" : "; " + String.join(", ", hardCoded) + " hold the current host " + host.get()
                  + " as a literal and lose Redis")
          .remediation("Create the new instance under another name and move clients to it (host from "
              + "google_redis_instance.<name>.host), or keep the field unchanged")
          .build());
    }
    return out.stream();
  }

  /** The workloads whose env holds each address as an endpoint, each once, in the world's order. */
  private static Map<String, Set<String>> holders(RuleContext ctx) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Workload s : ctx.world().all(Workload.class)) {
      for (var t : ctx.wiring().endpoints(s)) {
        out.computeIfAbsent(t.endpoint().address(), k -> new LinkedHashSet<>()).add(s.address());
      }
    }
    return out;
  }

  private static String suggest(String n) {
    String s = n.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("^[^a-z]+", "");
    s = s.length() > 41 ? s.substring(0, 41) : s;
    s = s.replaceAll("-+$", "");
    return s.isEmpty() ? "cache" : s.length() < 2 ? s + "0" : s;
  }
}
