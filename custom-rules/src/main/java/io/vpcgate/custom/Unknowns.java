package io.vpcgate.custom;

import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelAttributePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The attributes of one subject's variables that are not known (before apply, or not covered by the
 * live read), each with why: CEL evaluates them as unknown, and a result that depends on one is
 * "not evaluated", with the reasons of the attributes it depended on.
 */
final class Unknowns {
  private static final CelAttributePattern[] NONE = new CelAttributePattern[0];
  private final List<BuiltMessage.Patterns> parts = new ArrayList<>();

  /** The unknown fields of {@code message}, the value of {@code variable}. */
  void add(String variable, BuiltMessage message) {
    if (!message.unknowns().isEmpty()) {
      parts.add(message.under(variable));
    }
  }

  CelAttributePattern[] patterns() {
    if (parts.isEmpty()) {
      return NONE; // most subjects: every field known
    }
    List<CelAttributePattern> all = new ArrayList<>();
    for (BuiltMessage.Patterns p : parts) {
      all.addAll(p.patterns());
    }
    return all.toArray(NONE);
  }

  /** Why the attributes CEL reports unknown are not known: "workload.max_instances: known after apply". */
  String why(Iterable<CelAttribute> attributes) {
    StringBuilder said = new StringBuilder();
    for (CelAttribute a : attributes) {
      String name = AttributeName.of(a);
      if (said.length() > 0) {
        said.append("; ");
      }
      said.append(name).append(" is unknown (").append(reason(name)).append(')');
    }
    return said.toString();
  }

  /**
   * Why the field {@code name} is unknown; CEL may name the prefix it stopped at (a list some of whose elements
   * are unknown): then the first reason under it.
   */
  private String reason(String name) {
    for (BuiltMessage.Patterns p : parts) {
      String r = p.reasons().get(name);
      if (r != null) {
        return r;
      }
    }
    for (BuiltMessage.Patterns p : parts) {
      for (Map.Entry<String, String> e : p.reasons().entrySet()) {
        if (e.getKey().startsWith(name)) {
          return e.getValue();
        }
      }
    }
    return "not known";
  }
}
