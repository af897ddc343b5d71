package io.vpcgate.kind;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Attr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
* Navigation over an evaluated Terraform configuration value (HCL, plan or state), turning each leaf into an {@link Attr}:
 * missing or null is absent, unknown stays unknown with its reason.
 */
public record TfNode(Value value) {
  public static final TfNode MISSING = new TfNode(Value.NULL);

  public TfNode get(String name) {
    if (value instanceof Value.MapV m && m.entries().containsKey(name)) {
      return new TfNode(m.entries().get(name));
    }
    return MISSING;
  }

  /** The first block of a nested block type, e.g. {@code template}. */
  public TfNode first(String name) {
    List<TfNode> all = list(name);
    return all.isEmpty() ? get(name).unknownOrMissing() : all.get(0);
  }

  private TfNode unknownOrMissing() {
    return value instanceof Value.Unknown ? this : MISSING;
  }

  public List<TfNode> list(String name) {
    Value v = get(name).value;
    List<TfNode> out = new ArrayList<>();
    if (v instanceof Value.ListV l) {
      l.items().forEach(i -> out.add(new TfNode(i)));
    } else if (v instanceof Value.MapV m && !m.entries().isEmpty()) {
      out.add(new TfNode(v));
    }
    return out;
  }

  public boolean isMissing() {
    return value.isNull();
  }

  public boolean isUnknown() {
    return value instanceof Value.Unknown;
  }

  public String unknownReason() {
    return value instanceof Value.Unknown u ? u.reason() : "";
  }

  public Attr<String> str(String name) {
    return get(name).asStr();
  }

  public Attr<String> asStr() {
    if (value instanceof Value.Unknown u) {
      return Attr.unknown(u.reason());
    }
    if (value.isNull()) {
      return Attr.absent();
    }
    Optional<String> s = value.asString();
    return s.<Attr<String>>map(Attr::known).orElseGet(() -> Attr.unknown("not a string"));
  }

  public Attr<Integer> integer(String name) {
    TfNode n = get(name);
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

  public Attr<Boolean> bool(String name) {
    TfNode n = get(name);
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

  public Attr<List<String>> strings(String name) {
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
      Attr<String> s = new TfNode(i).asStr();
      if (!s.isKnown()) {
        return Attr.unknown("list element unknown");
      }
      out.add(s.known().get());
    }
    return Attr.known(out);
  }

  /** A string map; unknown entries are left out. */
  public Map<String, String> knownStringMap(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    if (get(name).value instanceof Value.MapV m) {
      m.entries().forEach((k, v) -> new TfNode(v).asStr().known().ifPresent(s -> out.put(k, s)));
    }
    return out;
  }
}
