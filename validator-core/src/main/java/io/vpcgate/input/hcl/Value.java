package io.vpcgate.input.hcl;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Terraform value: string, number, bool, null, list/tuple/set, map/object, or unknown. */
public sealed interface Value {

  Null NULL = new Null();

  record Str(String value) implements Value {}

  record Num(BigDecimal value) implements Value {
    public static Num of(long n) {
      return new Num(BigDecimal.valueOf(n));
    }
  }

  record Bool(boolean value) implements Value {}

  record Null() implements Value {}

  /** Not knowable before apply (or at all): {@code reason} says why, for "cannot verify" notes. */
  record Unknown(String reason) implements Value {}

  record ListV(List<Value> items) implements Value {
    public ListV {
      items = Collections.unmodifiableList(items);
    }
  }

  /**
   * A map or object. {@code missing} is null for a closed object; for a resource it says why an
   * attribute that the configuration does not set is unknown ("known after apply").
   */
  record MapV(Map<String, Value> entries, String missing) implements Value {
    public MapV {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public MapV(Map<String, Value> entries) {
      this(entries, null);
    }

    public Value get(String key) {
      Value v = entries.get(key);
      return v == null ? NULL : v;
    }
  }

  static Value str(String s) {
    return new Str(s);
  }

  default boolean isKnown() {
    return !(this instanceof Unknown);
  }

  /** True if this value or anything inside it is unknown. */
  default boolean isWhollyKnown() {
    if (this instanceof Unknown) {
      return false;
    }
    if (this instanceof ListV l) {
      return l.items().stream().allMatch(Value::isWhollyKnown);
    }
    if (this instanceof MapV m) {
      return m.entries().values().stream().allMatch(Value::isWhollyKnown);
    }
    return true;
  }

  default boolean isNull() {
    return this instanceof Null;
  }

  /** The string form Terraform would convert a primitive to; empty for others. */
  default Optional<String> asString() {
    if (this instanceof Str s) {
      return Optional.of(s.value());
    }
    if (this instanceof Num n) {
      return Optional.of(formatNumber(n.value()));
    }
    if (this instanceof Bool b) {
      return Optional.of(String.valueOf(b.value()));
    }
    return Optional.empty();
  }

  static String formatNumber(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return s.scale() <= 0 ? s.toBigInteger().toString() : s.toPlainString();
  }

  /** A short type name for error messages. */
  default String typeName() {
    if (this instanceof Str) {
      return "string";
    }
    if (this instanceof Num) {
      return "number";
    }
    if (this instanceof Bool) {
      return "bool";
    }
    if (this instanceof Null) {
      return "null";
    }
    if (this instanceof ListV) {
      return "list";
    }
    if (this instanceof MapV) {
      return "object";
    }
    return "unknown";
  }
}
