package io.vpcgate.rules.sql;

import io.vpcgate.model.SqlInstance;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The most connections a Cloud SQL instance accepts, per database engine: the flag when set
 * ({@code max_connections} for PostgreSQL and MySQL, {@code user connections} for SQL Server),
 * else the engine's documented default. PostgreSQL's default follows the tier's memory ({@link
 * SqlTier}); SQL Server's {@code user connections} default 0 means its maximum, 32,767; Cloud SQL
 * for MySQL publishes no default per tier (it says to read it from the instance), so without the
 * flag there is no limit to judge against.
 */
public record ConnectionLimit(int value, boolean fromFlag, String source, String unsetHint) {
  static final int SQL_SERVER_MAX = 32_767;

  /** Why no limit can be told, or the limit. */
  sealed interface Result permits Known, Unknown {}

  record Known(ConnectionLimit limit) implements Result {}

  record Unknown(String reason) implements Result {}

  static Result of(SqlInstance sql) {
    Optional<String> version = sql.databaseVersion().known().map(v -> v.toUpperCase(Locale.ROOT));
    if (version.isEmpty()) {
      return new Unknown("its database_version is not known before apply, and the connection limit depends on the engine");
    }
    Optional<Map<String, String>> flags = sql.databaseFlags().known();
    if (flags.isEmpty()) {
      return new Unknown("its database flags are not known before apply");
    }
    if (version.get().startsWith("SQLSERVER")) {
      Optional<Integer> flag = integer(flags.get().get("user connections"));
      if (flag.isPresent() && flag.get() > 0) {
        return new Known(new ConnectionLimit(flag.get(), true, "user connections = " + flag.get(), ""));
      }
      return new Known(new ConnectionLimit(SQL_SERVER_MAX, false,
          "SQL Server's user connections " + flag.map(f -> "= 0").orElse("default (0)") + " allows " + SQL_SERVER_MAX,
          "set user connections to make the budget exact"));
    }
    Optional<Integer> flag = integer(flags.get().get("max_connections"));
    if (flag.isPresent()) {
      return new Known(new ConnectionLimit(flag.get(), true, "max_connections = " + flag.get(), ""));
    }
    if (version.get().startsWith("MYSQL")) {
      return new Unknown("Cloud SQL for MySQL documents no default max_connections per tier (the instance reports it: "
          + "SHOW VARIABLES LIKE 'max_connections'); set the max_connections flag to have the budget checked");
    }
    if (!version.get().startsWith("POSTGRES")) {
      return new Unknown("database_version " + version.get() + " is not an engine whose connection limit vpcgate knows");
    }
    Optional<SqlTier> tier = sql.tier().known().flatMap(SqlTier::parse);
    if (tier.isEmpty()) {
      return new Unknown(sql.tier().known().map(t -> "tier " + t + " has no documented memory size")
          .orElse("its tier is not known before apply"));
    }
    int max = tier.get().defaultMaxConnections();
    return new Known(new ConnectionLimit(max, false, tier.get().name() + " ("
        + String.format(Locale.ROOT, "%.2f", tier.get().memoryGb()) + " GB) gets a default max_connections of " + max,
        "the default is taken from the tier, set max_connections to make it exact"));
  }

  /** A whole number of connections written as text (a flag's or an env variable's value), if it is one. */
  static Optional<Integer> integer(String s) {
    return s != null && s.strip().matches("\\d{1,7}") ? Optional.of(Integer.parseInt(s.strip())) : Optional.empty();
  }
}
