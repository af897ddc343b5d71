package io.vpcgate.engine;

import java.util.function.Supplier;

/** A value computed on its first use and kept: what a run may never need (a graph no rule reads, an engine before any root is read). */
public final class Memo {
  private Memo() {}

  /** {@code compute}, called once, on the first {@code get} of any thread; it must not return null. */
  public static <T> Supplier<T> of(Supplier<T> compute) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = compute.get();
        }
        return value;
      }
    };
  }
}
