package io.vpcgate.rules.sql;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.SqlInstance;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SQL-03: a PostgreSQL instance takes shared-core tiers (db-f1-micro, db-g1-small), custom ones
 * (db-custom-CPUS-MEMORY_MB), the legacy db-n1-standard/highmem shapes, or Enterprise Plus
 * db-perf-optimized-*; any other tier is a WARNING (new families appear). A custom tier's memory is
 * a multiple of 256 MB, at least 3.75 GB, and 0.9 to 6.5 GB per vCPU (a WARNING: the page that
 * states it is older). The provider's sentence "Postgres supports only shared-core machine types,
 * and custom machine types" is contradicted by Google's own tested samples, which run PostgreSQL on
 * db-n1-standard-2, so it backs nothing here.
 */
@RuleInfo(
    id = "SQL-03",
    summary = "Cloud SQL tier is not a valid PostgreSQL machine type",
    severity = Severity.WARNING,
    category = Category.VALIDITY,
    appliesTo = {SqlInstance.class})
public final class SqlTierInvalid implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(SqlInstance.class).stream()
        .filter(s -> s.databaseVersion().known().map(v -> v.startsWith("POSTGRES")).orElse(false))
        .flatMap(s -> s.tier().known().flatMap(t -> finding(ctx, s, t)).stream());
  }

  private static Optional<Finding> finding(RuleContext ctx, SqlInstance s, String tier) {
    if (tier.equals("db-f1-micro") || tier.equals("db-g1-small") || tier.startsWith("db-perf-optimized-")
        || (tier.startsWith("db-n1-") && SqlTier.parse(tier).isPresent())) {
      return Optional.empty();
    }
    if (tier.startsWith("db-custom-") && SqlTier.customMemoryMb(tier).isPresent()) {
      int cpus = SqlTier.customCpus(tier).getAsInt();
      int mb = SqlTier.customMemoryMb(tier).getAsInt();
      double perCpu = mb / 1024.0 / cpus;
      if (mb % 256 == 0 && mb >= 3840 && perCpu >= 0.9 && perCpu <= 6.5) {
        return Optional.empty();
      }
      return Optional.of(ctx.finding(s, SqlInstance.TIER).severity(Severity.WARNING)
          .message("SQL %s: tier %s has %d MB for %d vCPU (%.2f GB per vCPU); custom tiers take a multiple of 256 MB, "
              + "at least 3,840 MB, and 0.9 to 6.5 GB per vCPU", s.address(), tier, mb, cpus, perCpu)
          .remediation("Pick a valid custom shape, e.g. tier = \"db-custom-%d-%d\"", cpus, Math.max(3840, cpus * 3840))
          .build());
    }
    return Optional.of(ctx.finding(s, SqlInstance.TIER)
        .message("SQL %s: tier %s is not a PostgreSQL machine type vpcgate knows; PostgreSQL takes shared-core tiers "
            + "(db-f1-micro, db-g1-small), custom ones (db-custom-CPUS-MEMORY_MB), db-n1-standard/highmem and "
            + "Enterprise Plus db-perf-optimized-*", s.address(), tier)
        .remediation("Use a custom tier with the same size, e.g. tier = \"db-custom-1-3840\"")
        .build());
  }
}
