package io.vpcgate.kinds;

import io.vpcgate.model.Field;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a kind's field → attribute path table. */
final class Paths {
  private final Map<Field, String> paths = new LinkedHashMap<>();

  /** Fields whose path is their own name ({@code max_instances}). */
  static Paths same(Field... fields) {
    Paths p = new Paths();
    for (Field f : fields) {
      p.paths.put(f, f.name());
    }
    return p;
  }

  static Paths of() {
    return new Paths();
  }

  Paths at(Field f, String path) {
    paths.put(f, path);
    return this;
  }

  Map<Field, String> map() {
    return Map.copyOf(paths);
  }
}
