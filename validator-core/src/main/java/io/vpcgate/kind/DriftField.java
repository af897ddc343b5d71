package io.vpcgate.kind;

import io.vpcgate.model.Field;
import io.vpcgate.model.Resource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A field drift compares: its label in reports, the model field (so {@code ignore_changes} and the
 * .tf line come from the Terraform type's own path), whether it is a network field (its drift
 * breaks reachability), how to read it normalised (empty when it cannot be told), when two values
 * are the same, how to show a value (never an environment value), and what differs in detail.
 */
public record DriftField<R extends Resource>(String label, Field field, boolean network, Function<R, Optional<Object>> read,
    BiPredicate<Object, Object> same, Function<Object, String> text, BiFunction<Object, Object, String> detail) {

  /** Compared with equals and shown as is. */
  public static <R extends Resource> DriftField<R> of(String label, Field field, boolean network,
      Function<R, Optional<Object>> read) {
    return new DriftField<>(label, field, network, read, Objects::equals, String::valueOf, (a, b) -> null);
  }

  /** Whether the two resources (a desired one and a live or last-applied one) differ in this field. */
  @SuppressWarnings("unchecked")
  public boolean differs(Resource a, Resource b) {
    Optional<Object> x = read.apply((R) a);
    Optional<Object> y = read.apply((R) b);
    return x.isPresent() && y.isPresent() && !same.test(x.get(), y.get());
  }

  /** The value as reports show it. */
  @SuppressWarnings("unchecked")
  public String textOf(Resource r) {
    return read.apply((R) r).map(text).orElse("?");
  }

  /** What differs between the two, when saying it takes more than their values (env values: only names); else null. */
  @SuppressWarnings("unchecked")
  public String detailOf(Resource a, Resource b) {
    Optional<Object> x = read.apply((R) a);
    Optional<Object> y = read.apply((R) b);
    return x.isPresent() && y.isPresent() ? detail.apply(x.get(), y.get()) : null;
  }
}
