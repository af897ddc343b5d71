package io.driftgate.gcp;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the pages a read requested (one API call each; retries are the client's). */
final class Calls {
  private final AtomicInteger count = new AtomicInteger();

  void add() {
    count.incrementAndGet();
  }

  int count() {
    return count.get();
  }
}
