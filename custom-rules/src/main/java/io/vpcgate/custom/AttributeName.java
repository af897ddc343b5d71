package io.vpcgate.custom;

import dev.cel.runtime.CelAttribute;
import java.util.List;

/**
 * An attribute's name as CEL writes it ({@code workload.labels['cost-centre']}, {@code binding.reaches[0].tls}):
 * a part that is an identifier after a dot, any other in brackets. Written here rather than by CEL's
 * {@code toString}, which tests each part against a regular expression: a run names the attributes of every
 * result that is not evaluated, thousands of them.
 */
final class AttributeName {
  private AttributeName() {}

  /** {@code a}'s name, as CEL's {@code CelAttribute.toString} writes it. */
  static String of(CelAttribute a) {
    List<CelAttribute.Qualifier> parts = a.qualifiers();
    if (parts.isEmpty()) {
      return "<empty>";
    }
    StringBuilder name = new StringBuilder(parts.get(0).asString());
    for (int i = 1; i < parts.size(); i++) {
      CelAttribute.Qualifier q = parts.get(i);
      switch (q.kind()) {
        case AS_STRING -> append(name, q.asString());
        case AS_INT -> name.append('[').append(q.asInt()).append(']');
        case AS_UINT -> name.append('[').append(q.asUint()).append("u]");
        case AS_BOOL -> name.append('[').append(q.asBool() ? "true" : "false").append(']');
        default -> throw new IllegalStateException("a wildcard in an attribute: " + parts);
      }
    }
    return name.toString();
  }

  /** The name of {@code path} (field names and list positions, {@code Long}s) under {@code variable}. */
  static String of(String variable, List<Object> path) {
    StringBuilder name = new StringBuilder(variable);
    for (Object part : path) {
      if (part instanceof Long position) {
        name.append('[').append(position).append(']');
      } else {
        append(name, (String) part);
      }
    }
    return name.toString();
  }

  private static void append(StringBuilder name, String part) {
    if (identifier(part)) {
      name.append('.').append(part);
    } else {
      name.append("['").append(part).append("']");
    }
  }

  /** Whether {@code s} is {@code [A-Za-z_][A-Za-z_0-9]*}, the identifiers CEL's attribute names write after a dot. */
  static boolean identifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
