package io.vpcgate.gcp;

import java.util.Locale;

/** A byte count as people read BigQuery's: megabytes (2^20 bytes, as BigQuery bills), one decimal below 10. */
final class Megabytes {
  private Megabytes() {}

  static String of(long bytes) {
    double mb = bytes / 1048576.0;
    return (mb < 10 ? String.format(Locale.ROOT, "%.1f", mb) : String.format(Locale.ROOT, "%.0f", mb)) + " MB";
  }
}
