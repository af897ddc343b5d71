package io.vpcgate.rules.drift;

import io.vpcgate.model.Resource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One attribute drift compares: its Terraform path (with list indexes, for the .tf line and for
 * {@code ignore_changes}), whether it decides network reachability, how to read it normalised
 * (empty when unknown or not to be compared), when two values are the same, and how to show one.
 */
record Compared(String label, String path, boolean network, Function<Resource, Optional<Object>> read,
    BiPredicate<Object, Object> same, Function<Object, String> show) {

  static Compared of(String label, String path, boolean network, Function<Resource, Optional<Object>> read) {
    return new Compared(label, path, network, read, Objects::equals, String::valueOf);
  }

  boolean differs(Resource desired, Resource live) {
    Optional<Object> d = read.apply(desired);
    Optional<Object> l = read.apply(live);
    return d.isPresent() && l.isPresent() && !same.test(d.get(), l.get());
  }

  String desiredText(Resource desired) {
    return read.apply(desired).map(show).orElse("?");
  }

  String liveText(Resource live) {
    return read.apply(live).map(show).orElse("?");
  }
}
