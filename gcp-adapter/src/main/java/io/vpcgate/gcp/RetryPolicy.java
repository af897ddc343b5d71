package io.vpcgate.gcp;

import com.google.api.gax.retrying.RetrySettings;
import com.google.api.gax.rpc.PagedCallSettings;
import com.google.api.gax.rpc.StatusCode;
import java.time.Duration;

/**
 * How every read call retries: on UNAVAILABLE (503) and RESOURCE_EXHAUSTED (429), with exponential
 * backoff from 200 ms, at most 4 attempts, each attempt and the whole call bounded by the call
 * timeout. Reads are idempotent, so retrying them is safe.
 */
public final class RetryPolicy {
  public static final int MAX_ATTEMPTS = 4;
  static final Duration FIRST_DELAY = Duration.ofMillis(200);
  static final Duration MAX_DELAY = Duration.ofSeconds(5);

  private RetryPolicy() {}

  public static RetrySettings settings(Duration callTimeout) {
    return RetrySettings.newBuilder()
        .setInitialRetryDelayDuration(FIRST_DELAY)
        .setRetryDelayMultiplier(2.0)
        .setMaxRetryDelayDuration(MAX_DELAY)
        .setInitialRpcTimeoutDuration(callTimeout)
        .setRpcTimeoutMultiplier(1.0)
        .setMaxRpcTimeoutDuration(callTimeout)
        .setTotalTimeoutDuration(callTimeout)
        .setMaxAttempts(MAX_ATTEMPTS)
        .build();
  }

  public static <A, B, C> void apply(PagedCallSettings.Builder<A, B, C> call, Duration callTimeout) {
    call.setRetrySettings(settings(callTimeout))
        .setRetryableCodes(StatusCode.Code.UNAVAILABLE, StatusCode.Code.RESOURCE_EXHAUSTED);
  }

  /** The same for a read that is one call, not a list ({@code projects.getXpnHost}). */
  public static <A, B> void apply(com.google.api.gax.rpc.UnaryCallSettings.Builder<A, B> call, Duration callTimeout) {
    call.setRetrySettings(settings(callTimeout))
        .setRetryableCodes(StatusCode.Code.UNAVAILABLE, StatusCode.Code.RESOURCE_EXHAUSTED);
  }

  /** The delay before retry {@code attempt} (1-based) for clients that retry by hand. */
  static Duration delay(int attempt) {
    long ms = FIRST_DELAY.toMillis() << Math.min(attempt - 1, 10);
    return Duration.ofMillis(Math.min(ms, MAX_DELAY.toMillis()));
  }
}
