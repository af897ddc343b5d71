package io.vpcgate.kinds;

import io.vpcgate.kind.DriftField;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Field;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Resource;
import java.util.function.Function;

/** Drift fields more than one kind compares the same way. */
final class Drift {
  private Drift() {}

  /** A network, by (project, name) however it is written: a name, a path or a self link. */
  static <R extends Resource> DriftField<R> network(String label, Field field, Function<R, Attr<NetworkRef>> read) {
    return new DriftField<>(label, field, true, r -> Values.known(read.apply(r)),
        (a, b) -> ((NetworkRef) a).sameAs((NetworkRef) b), String::valueOf, (a, b) -> null);
  }
}
