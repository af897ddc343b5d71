package io.vpcgate.gcp;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What to read: a project and its regions (empty: every region the project has resources in), or
 * an organisation, folder or project scope read through Cloud Asset Inventory; the deadline of one
 * call (retries included) and of the whole read; and the page size asked for.
 */
public record LiveRequest(Optional<String> project, List<String> regions, Optional<String> assetScope,
    Duration callTimeout, Duration deadline, int pageSize) {
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEADLINE = Duration.ofSeconds(120);
  public static final int PAGE_SIZE = 500;

  public LiveRequest {
    regions = List.copyOf(regions);
  }

  public static LiveRequest project(String project, List<String> regions) {
    return new LiveRequest(Optional.of(project), regions, Optional.empty(), CALL_TIMEOUT, DEADLINE, PAGE_SIZE);
  }

  public static LiveRequest scope(String scope) {
    return new LiveRequest(Optional.empty(), List.of(), Optional.of(scope), CALL_TIMEOUT, DEADLINE, PAGE_SIZE);
  }

  public LiveRequest withTimeouts(Duration call, Duration total) {
    return new LiveRequest(project, regions, assetScope, call, total, pageSize);
  }

  /** Whether a resource in {@code region} is asked for. */
  public boolean wants(String region) {
    return regions.isEmpty() || regions.contains(region);
  }
}
