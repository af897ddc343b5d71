package io.vpcgate.rules.sql;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cloud SQL tier's memory and the default {@code max_connections} PostgreSQL gets for it (the
 * "Configure database flags" table: 25 for ~0.6 GB, 50 for ~1.7 GB, 100 from 3.75 GB, 200 from 6 GB,
 * 400 from 7.5 GB, 500 from 15 GB, 600 from 30 GB, 800 from 60 GB, 1000 from 120 GB). Sources
 * disagree above 6 GB, so rules treat a derived default as approximate.
 */
public record SqlTier(String name, double memoryGb) {
  private static final Pattern CUSTOM = Pattern.compile("^db-custom-(\\d+)-(\\d+)$");
  /** The legacy predefined shapes: n1-standard has 3.75 GB per vCPU, n1-highmem 6.5 GB (Compute Engine's n1). */
  private static final Pattern N1 = Pattern.compile("^db-n1-(standard|highmem)-(\\d+)$");

  public static Optional<SqlTier> parse(String tier) {
    switch (tier) {
      case "db-f1-micro":
        return Optional.of(new SqlTier(tier, 0.6));
      case "db-g1-small":
        return Optional.of(new SqlTier(tier, 1.7));
      default:
        break;
    }
    Matcher m = CUSTOM.matcher(tier);
    if (m.matches()) {
      return Optional.of(new SqlTier(tier, Integer.parseInt(m.group(2)) / 1024.0));
    }
    Matcher n1 = N1.matcher(tier);
    if (n1.matches()) {
      return Optional.of(new SqlTier(tier, Integer.parseInt(n1.group(2)) * (n1.group(1).equals("standard") ? 3.75 : 6.5)));
    }
    return Optional.empty();
  }

  public static OptionalInt customCpus(String tier) {
    Matcher m = CUSTOM.matcher(tier);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  public static OptionalInt customMemoryMb(String tier) {
    Matcher m = CUSTOM.matcher(tier);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
  }

  public int defaultMaxConnections() {
    if (memoryGb < 1) {
      return 25;
    }
    if (memoryGb < 3.75) {
      return 50;
    }
    if (memoryGb < 6) {
      return 100;
    }
    if (memoryGb < 7.5) {
      return 200;
    }
    if (memoryGb < 15) {
      return 400;
    }
    if (memoryGb < 30) {
      return 500;
    }
    if (memoryGb < 60) {
      return 600;
    }
    if (memoryGb < 120) {
      return 800;
    }
    return 1000;
  }
}
