package io.vpcgate.gcp;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the pages a read requested, one API call each: the gRPC and Compute clients retry inside a
 * call, the SQL Admin client's retries (made by hand) count as calls.
 */
final class Calls {
  private final AtomicInteger count = new AtomicInteger();

  void add() {
    count.incrementAndGet();
  }

  int count() {
    return count.get();
  }
}
