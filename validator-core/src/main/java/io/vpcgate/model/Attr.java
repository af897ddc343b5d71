package io.vpcgate.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * An attribute value that is known, absent from the configuration, or unknowable. (Equality is written out: a
 * record's own is linked through method handles the first time it runs, which an offline check's start pays.)
 */
public sealed interface Attr<T> {
  record Known<T>(T value) implements Attr<T> {
    @Override
    public boolean equals(Object o) {
      return o instanceof Known<?> k && java.util.Objects.equals(value, k.value);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(value);
    }
  }

  record Absent<T>() implements Attr<T> {
    private static final Absent<?> ONE = new Absent<>();

    @Override
    public boolean equals(Object o) {
      return o instanceof Absent<?>;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  /** {@code reason}: "known after apply", "variable without a value", ... */
  record Unknown<T>(String reason) implements Attr<T> {
    @Override
    public boolean equals(Object o) {
      return o instanceof Unknown<?> u && java.util.Objects.equals(reason, u.reason);
    }

    @Override
    public int hashCode() {
      return 31 + java.util.Objects.hashCode(reason);
    }
  }

  static <T> Attr<T> known(T value) {
    return new Known<>(java.util.Objects.requireNonNull(value, "a known value is never null; use absent()"));
  }

  /** Known when there is a value, absent when {@code value} is null (a field an input left out). */
  static <T> Attr<T> ofNullable(T value) {
    return value == null ? absent() : new Known<>(value);
  }

  /** Unset: one instance serves every type (it holds nothing), so the many unset fields of a run allocate nothing. */
  @SuppressWarnings("unchecked")
  static <T> Attr<T> absent() {
    return (Attr<T>) Absent.ONE;
  }

  /**
   * A string attribute with the empty string as unset: Terraform state and plans record an unset
   * optional string of the provider's SDK as "", which must not read as a value "".
   */
  static Attr<String> unsetIfEmpty(Attr<String> a) {
    return a.known().map(String::isEmpty).orElse(false) ? absent() : a;
  }

  static <T> Attr<T> unknown(String reason) {
    return new Unknown<>(reason);
  }

  default Optional<T> known() {
    return this instanceof Known<T> k ? Optional.of(k.value()) : Optional.empty();
  }

  default boolean isKnown() {
    return this instanceof Known;
  }

  default boolean isAbsent() {
    return this instanceof Absent;
  }

  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /** Maps a known value; absent and unknown pass through. */
  @SuppressWarnings("unchecked")
  default <R> Attr<R> map(Function<T, R> f) {
    return this instanceof Known<T> k ? new Known<>(f.apply(k.value())) : (Attr<R>) this;
  }

  /** The known value, or {@code fallback} when absent; empty when unknown. */
  default Optional<T> orDefault(T fallback) {
    if (this instanceof Absent) {
      return Optional.of(fallback);
    }
    return known();
  }
}
