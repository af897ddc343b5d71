package io.vpcgate.rules.sql;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.Binding;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.SqlInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * WIRE-09: the connections the workloads attached to a Cloud SQL instance can open
 * (max instances, 100 when unset, × workers × (pool size + overflow), all read from the services'
 * env) against the instance's max_connections (the flag, or the tier's default), and against the
 * 100 connections each Cloud Run instance may open to Cloud SQL. Shows the arithmetic.
 */
@RuleInfo(
    id = "WIRE-09",
    summary = "Workloads can open more Cloud SQL connections than the database allows",
    severity = Severity.BLOCKING,
    category = Category.CAPACITY,
    appliesTo = {Workload.class, SqlInstance.class})
public final class ConnectionBudgetExceeded implements Rule {
  static final int PER_INSTANCE_CAP = 100;
  private static final EnvName POOL = new EnvName(
      Pattern.compile("(^|_)(POOL_SIZE|POOL_MAX|MAX_POOL_SIZE|MAXIMUM_POOL_SIZE|POOL_MAX_SIZE)$"), "POOL");
  private static final EnvName OVERFLOW = new EnvName(Pattern.compile("(^|_)(MAX_OVERFLOW|POOL_OVERFLOW)$"), "OVERFLOW");
  private static final EnvName WORKERS = new EnvName(
      Pattern.compile("^(WEB_CONCURRENCY|GUNICORN_WORKERS|UVICORN_WORKERS|WORKERS)$"), "WORKERS", "WEB_CONCURRENCY");

  /**
   * A variable name the rule reads (upper-cased), and words of which every name it matches holds one: most names
   * hold none, and are passed over without running the pattern (each service has dozens of variables).
   */
  private record EnvName(Pattern pattern, String... words) {
    boolean matches(String upper) {
      for (String w : words) {
        if (upper.contains(w)) {
          return pattern.matcher(upper).find();
        }
      }
      return false;
    }
  }

  /** One service's demand on one instance. */
  private record Demand(Workload service, int instances, int workers, int pool, int overflow, boolean viaSocket) {
    int perInstance() {
      return workers * (pool + overflow);
    }

    long total() {
      return (long) instances * perInstance();
    }

    String arithmetic() {
      return service.id().nameOr(service.address()) + " " + instances + " instances x " + workers + " worker"
          + (workers == 1 ? "" : "s") + " x (" + pool + (overflow > 0 ? "+" + overflow : "") + ") = " + total();
    }
  }

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (SqlInstance sql : ctx.world().all(SqlInstance.class)) {
      Optional<String> connection = sql.connectionName().known();
      if (connection.isEmpty()) {
        continue;
      }
      List<Demand> demands = new ArrayList<>();
      List<Binding> to = ctx.wiring().bindingsTo(sql); // by workload, in the order of the workloads
      for (int i = 0; i < to.size(); ) {
        Workload w = to.get(i).workload();
        boolean attached = false;
        for (; i < to.size() && to.get(i).workload() == w; i++) {
          attached |= to.get(i).evidence() == Binding.Evidence.ATTACHMENT;
        }
        demand(w, attached).ifPresent(demands::add);
      }
      for (Demand d : demands) {
        if (d.viaSocket() && d.perInstance() > PER_INSTANCE_CAP) {
          out.add(ctx.finding(d.service(), envAt(d.service(), POOL))
              .message("%s: each instance can open %d x (%d%s) = %d connections to %s through the /cloudsql "
                  + "socket, but a Cloud Run instance may open at most %d to Cloud SQL", Subjects.of(d.service()), d.workers(),
                  d.pool(), d.overflow() > 0 ? "+" + d.overflow() : "", d.perInstance(), sql.id().nameOr("?"), PER_INSTANCE_CAP)
              .remediation("Keep workers x (pool size + overflow) at or below %d per instance", PER_INSTANCE_CAP)
              .build());
        }
      }
      long total = demands.stream().mapToLong(Demand::total).sum();
      if (demands.isEmpty()) {
        continue;
      }
      ConnectionLimit.Result limit = ConnectionLimit.of(sql);
      if (limit instanceof ConnectionLimit.Unknown u) {
        Demand first = demands.get(0);
        ctx.notEvaluated(first.service(), envAt(first.service(), POOL), "whether the " + total
            + " connections the services can open fit Cloud SQL " + sql.id().nameOr("?") + ": " + u.reason());
        continue;
      }
      ConnectionLimit known = ((ConnectionLimit.Known) limit).limit();
      int max = known.value();
      boolean flagged = known.fromFlag();
      String source = known.source();
      Severity severity;
      if (total > max) {
        severity = flagged ? Severity.BLOCKING : Severity.WARNING;
      } else if (total > 0.8 * max && flagged) {
        severity = Severity.WARNING;
      } else {
        continue;
      }
      Demand first = demands.get(0);
      String arithmetic = String.join(" + ", demands.stream().map(Demand::arithmetic).toList());
      out.add(ctx.finding(first.service(), envAt(first.service(), POOL)).severity(severity)
          .message("Cloud SQL %s: %s, but the workloads attached to it can open %s connections (%s), %.1fx the budget, "
              + "and up to twice that while two revisions overlap during a rollout%s", sql.id().nameOr("?"), source,
              total, arithmetic, (double) total / max,
              flagged ? "" : "; " + known.unsetHint())
          .remediation("Lower the maximum instances (a job's parallelism) or the pool (size + overflow), raise "
              + "max_connections or the tier, or "
              + "put a pooler (PgBouncer) in front; %d instances x %d connections fits %d",
              Math.max(1, max / Math.max(1, first.perInstance())), first.perInstance(), max)
          .related(sql.origin().location())
          .build());
    }
    return out.stream();
  }

  /** The demand of a workload bound to the instance ({@code socket}: through the built-in connection) whose pool is known. */
  private static Optional<Demand> demand(Workload s, boolean socket) {
    OptionalInt pool = number(s, POOL);
    if (pool.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> instances = s.maxInstances().isAbsent() ? s.defaultMaxInstances() : s.maxInstances().known();
    if (instances.isEmpty()) {
      return Optional.empty();
    }
    int workers = number(s, WORKERS).orElse(1);
    return Optional.of(new Demand(s, instances.get(), workers, pool.getAsInt(), number(s, OVERFLOW).orElse(0), socket));
  }

  private static List<EnvVar> env(Workload s) {
    return s.env();
  }

  private static OptionalInt number(Workload s, EnvName name) {
    for (EnvVar e : env(s)) {
      String n = e.name().known().orElse("").toUpperCase(Locale.ROOT);
      if (!e.fromSecret() && name.matches(n)) {
        Optional<Integer> v = e.value().known().flatMap(ConnectionLimit::integer);
        if (v.isPresent()) {
          return OptionalInt.of(v.get());
        }
      }
    }
    return OptionalInt.empty();
  }

  /** Where the pool size that was read is set (the same variable {@link #number} takes), else where the instance bound is. */
  private static io.vpcgate.model.Location envAt(Workload s, EnvName name) {
    for (EnvVar e : env(s)) {
      if (!e.fromSecret() && name.matches(e.name().known().orElse("").toUpperCase(Locale.ROOT))
          && e.value().known().flatMap(ConnectionLimit::integer).isPresent()) {
        return s.origin().at(e.valuePath());
      }
    }
    return RuleContext.at(s, Workload.MAX_INSTANCES);
  }
}
