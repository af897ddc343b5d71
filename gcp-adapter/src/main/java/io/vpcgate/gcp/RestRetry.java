package io.vpcgate.gcp;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * One call of a REST API without a gRPC client (Cloud SQL Admin, Cloud DNS, Memorystore for Valkey),
 * counted and retried like the gRPC lists: 429 and 5xx again with {@link RetryPolicy}'s backoff and
 * attempts, as long as the next attempt starts before the call's deadline.
 */
final class RestRetry {
  private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);

  private RestRetry() {}

  /** One attempt of the call, which may be repeated. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws IOException;
  }

  static <T> T retried(Call<T> call, Duration callTimeout, Calls calls) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + callTimeout.toNanos();
    for (int attempt = 1; ; attempt++) {
      calls.add();
      try {
        return call.call();
      } catch (GoogleJsonResponseException e) {
        Duration wait = RetryPolicy.delay(attempt);
        if (!RETRYABLE.contains(e.getStatusCode()) || attempt >= RetryPolicy.MAX_ATTEMPTS
            || System.nanoTime() + wait.toNanos() > deadline) {
          throw e;
        }
        Thread.sleep(wait.toMillis());
      }
    }
  }
}
