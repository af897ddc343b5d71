package io.vpcgate.gcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fake servers do besides answering: the latency of every call, failures to return
 * before succeeding (per method, e.g. "google.cloud.redis.v1.CloudRedis/ListInstances" or
 * "GET /compute/v1/.../networks"), methods that never answer or answer malformed, the largest
 * page they serve, and a record of every method called, so a test can prove that only list and
 * get methods were.
 */
public final class FakeBehaviour {
  private final Map<String, Deque<Integer>> failures = new HashMap<>();
  private final Map<String, String> descriptions = new HashMap<>();
  private final List<String> called = Collections.synchronizedList(new ArrayList<>());
  public volatile long latencyMs;
  volatile int maxPage = 50;
  private final java.util.Set<String> hangs = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.Set<String> malformed = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** The next calls of methods whose name contains {@code method} fail with these codes (gRPC or HTTP). */
  public synchronized FakeBehaviour fail(String method, Integer... codes) {
    failures.computeIfAbsent(method, k -> new ArrayDeque<>()).addAll(List.of(codes));
    return this;
  }

  /** The message injected failures of {@code method} carry (default "injected by the test"). */
  public synchronized FakeBehaviour describe(String method, String message) {
    descriptions.put(method, message);
    return this;
  }

  synchronized String description(String method) {
    return descriptions.entrySet().stream().filter(e -> method.contains(e.getKey())).map(Map.Entry::getValue)
        .findFirst().orElse("injected by the test");
  }

  synchronized Integer nextFailure(String method) {
    for (Map.Entry<String, Deque<Integer>> e : failures.entrySet()) {
      if (method.contains(e.getKey()) && !e.getValue().isEmpty()) {
        return e.getValue().poll();
      }
    }
    return null;
  }

  void record(String method) {
    called.add(method);
  }

  public List<String> called() {
    synchronized (called) {
      return List.copyOf(called);
    }
  }

  public FakeBehaviour latency(long ms) {
    latencyMs = ms;
    return this;
  }

  public FakeBehaviour maxPage(int n) {
    maxPage = n;
    return this;
  }

  /** Calls of methods whose name contains {@code method} ("" for all) never answer, well past any call timeout. */
  public FakeBehaviour hangOn(String method) {
    hangs.add(method);
    return this;
  }

  /**
   * Methods whose name contains {@code method} answer malformed: the REST fake with JSON cut short, the
   * gRPC fake (whose messages cannot be cut) with the same next-page token on every page.
   */
  public FakeBehaviour malform(String method) {
    malformed.add(method);
    return this;
  }

  boolean malformed(String method) {
    return malformed.stream().anyMatch(method::contains);
  }

  void pause(String method) {
    try {
      Thread.sleep(hangs.stream().anyMatch(method::contains) ? 60_000 : latencyMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A page of {@code items} from {@code token} (an offset), at most {@code asked} (and maxPage) long. */
  /** A page as {@link #page(List, String, int, int)}, or one that loops if {@code method} answers malformed. */
  <T> Page<T> page(String method, List<T> items, String token, int asked) {
    Page<T> p = page(items, token, asked, maxPage);
    return malformed(method) ? new Page<>(p.items(), "loop") : p;
  }

  static <T> Page<T> page(List<T> items, String token, int asked, int maxPage) {
    int from = token == null || !token.matches("\\d+") ? 0 : Integer.parseInt(token);
    int size = Math.min(asked <= 0 ? maxPage : asked, maxPage);
    int to = Math.min(items.size(), from + size);
    return new Page<>(items.subList(from, to), to < items.size() ? String.valueOf(to) : "");
  }

  record Page<T>(List<T> items, String next) {}
}
