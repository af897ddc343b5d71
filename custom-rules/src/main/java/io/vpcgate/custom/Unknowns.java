package io.vpcgate.custom;

import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelAttributePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes of one subject's messages that are not known (before apply, or not covered by the
 * live read), each with why: CEL evaluates them as unknown, and a result that depends on one is
 * "not evaluated", with the reasons of the attributes it depended on.
 */
final class Unknowns {
  private final Map<String, String> reasons = new LinkedHashMap<>();
  private final List<CelAttributePattern> patterns = new ArrayList<>();

  /** {@code path}: the variable, then field names and list positions ({@code workload.reaches[0].data_store.tls}). */
  void add(List<Object> path, String reason) {
    CelAttributePattern p = CelAttributePattern.create((String) path.get(0));
    for (Object q : path.subList(1, path.size())) {
      p = p.qualify(q instanceof Long i ? CelAttribute.Qualifier.ofInt(i) : CelAttribute.Qualifier.ofString((String) q));
    }
    patterns.add(p);
    reasons.putIfAbsent(p.toString(), reason);
  }

  List<CelAttributePattern> patterns() {
    return List.copyOf(patterns);
  }

  boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** Why the attributes CEL reports unknown are not known: "workload.max_instances: known after apply". */
  String why(Iterable<CelAttribute> attributes) {
    List<String> parts = new ArrayList<>();
    for (CelAttribute a : attributes) {
      String name = a.toString();
      String reason = reasons.get(name);
      if (reason == null) {
        // CEL names the prefix it stopped at (a list some of whose elements are unknown): the first reason under it.
        reason = reasons.entrySet().stream().filter(e -> e.getKey().startsWith(name)).map(Map.Entry::getValue)
            .findFirst().orElse("not known");
      }
      parts.add(name + " is unknown (" + reason + ")");
    }
    return String.join("; ", parts);
  }
}
