package io.vpcgate.kinds;

import io.vpcgate.model.Attr;
import io.vpcgate.model.NetworkRef;
import java.util.Objects;
import java.util.Optional;

/** Shared pieces of kind descriptors: defaults, known values as drift reads them, and ForceNew comparisons. */
final class Values {
  private Values() {}

  /** The value, or {@code fallback} when the input leaves it out (the API's default). */
  static <T> Attr<T> orDefault(Attr<T> a, T fallback) {
    return a.isAbsent() ? Attr.known(fallback) : a;
  }

  /**
   * An attribute the server assigns: what a plan or state records, else known after apply (HCL
   * never holds it; a plan that creates or replaces the resource leaves it unknown).
   */
  static <T> Attr<T> computed(Attr<T> a) {
    return a.isAbsent() ? Attr.unknown("known after apply") : a;
  }

  static <T> Optional<Object> known(Attr<T> a) {
    return a.known().map(Object.class::cast);
  }

  /** "field before -> after" when both are known and differ. */
  static <T> Optional<String> differs(String field, Attr<T> desired, Attr<T> before) {
    if (desired.isKnown() && before.isKnown() && !Objects.equals(desired.known().get(), before.known().get())) {
      return Optional.of(field + " " + before.known().get() + " -> " + desired.known().get());
    }
    return Optional.empty();
  }

  static Optional<String> network(String field, Attr<NetworkRef> desired, Attr<NetworkRef> before) {
    if (desired.isKnown() && before.isKnown() && !desired.known().get().sameAs(before.known().get())) {
      return Optional.of(field + " " + before.known().get().name() + " -> " + desired.known().get().name());
    }
    return Optional.empty();
  }

  static Optional<String> shrinks(String field, Attr<Integer> desired, Attr<Integer> before) {
    if (desired.isKnown() && before.isKnown() && desired.known().get() < before.known().get()) {
      return Optional.of(field + " " + before.known().get() + " -> " + desired.known().get() + " (a decrease)");
    }
    return Optional.empty();
  }
}
