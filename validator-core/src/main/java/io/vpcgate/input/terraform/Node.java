package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Attr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Navigation over an evaluated configuration value, turning each leaf into an {@link Attr}:
 * missing or null is absent, unknown stays unknown with its reason.
 */
record Node(Value value) {
  static final Node MISSING = new Node(Value.NULL);

  Node get(String name) {
    if (value instanceof Value.MapV m && m.entries().containsKey(name)) {
      return new Node(m.entries().get(name));
    }
    return MISSING;
  }

  /** The first block of a nested block type, e.g. {@code template}. */
  Node first(String name) {
    List<Node> all = list(name);
    return all.isEmpty() ? get(name).unknownOrMissing() : all.get(0);
  }

  private Node unknownOrMissing() {
    return value instanceof Value.Unknown ? this : MISSING;
  }

  List<Node> list(String name) {
    Value v = get(name).value;
    List<Node> out = new ArrayList<>();
    if (v instanceof Value.ListV l) {
      l.items().forEach(i -> out.add(new Node(i)));
    } else if (v instanceof Value.MapV m && !m.entries().isEmpty()) {
      out.add(new Node(v));
    }
    return out;
  }

  boolean isMissing() {
    return value.isNull();
  }

  boolean isUnknown() {
    return value instanceof Value.Unknown;
  }

  String unknownReason() {
    return value instanceof Value.Unknown u ? u.reason() : "";
  }

  Attr<String> str(String name) {
    return get(name).asStr();
  }

  Attr<String> asStr() {
    if (value instanceof Value.Unknown u) {
      return Attr.unknown(u.reason());
    }
    if (value.isNull()) {
      return Attr.absent();
    }
    Optional<String> s = value.asString();
    return s.<Attr<String>>map(Attr::known).orElseGet(() -> Attr.unknown("not a string"));
  }

  Attr<Integer> integer(String name) {
    Node n = get(name);
    if (n.value instanceof Value.Unknown u) {
      return Attr.unknown(u.reason());
    }
    if (n.value.isNull()) {
      return Attr.absent();
    }
    try {
      BigDecimal d = n.value instanceof Value.Num num ? num.value() : new BigDecimal(n.value.asString().orElse("x").trim());
      return Attr.known(d.intValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Attr.unknown("not a whole number");
    }
  }

  Attr<Boolean> bool(String name) {
    Node n = get(name);
    if (n.value instanceof Value.Unknown u) {
      return Attr.unknown(u.reason());
    }
    if (n.value instanceof Value.Bool b) {
      return Attr.known(b.value());
    }
    if (n.value instanceof Value.Str s && (s.value().equals("true") || s.value().equals("false"))) {
      return Attr.known(Boolean.parseBoolean(s.value()));
    }
    return n.value.isNull() ? Attr.absent() : Attr.unknown("not a bool");
  }

  Attr<List<String>> strings(String name) {
    Value v = get(name).value;
    if (v instanceof Value.Unknown u) {
      return Attr.unknown(u.reason());
    }
    if (v.isNull()) {
      return Attr.absent();
    }
    if (!(v instanceof Value.ListV l)) {
      return Attr.unknown("not a list");
    }
    List<String> out = new ArrayList<>();
    for (Value i : l.items()) {
      Attr<String> s = new Node(i).asStr();
      if (!s.isKnown()) {
        return Attr.unknown("list element unknown");
      }
      out.add(s.known().get());
    }
    return Attr.known(out);
  }

  /** A string map; unknown entries are left out. */
  Map<String, String> knownStringMap(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    if (get(name).value instanceof Value.MapV m) {
      m.entries().forEach((k, v) -> new Node(v).asStr().known().ifPresent(s -> out.put(k, s)));
    }
    return out;
  }
}
