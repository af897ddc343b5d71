package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.EvalException;
import io.vpcgate.input.hcl.Evaluator;
import io.vpcgate.input.hcl.Expr;
import io.vpcgate.input.hcl.Scope;
import io.vpcgate.input.hcl.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a variable's value to its declared {@code type} the way Terraform does: primitives are
 * converted (5 to "5" for a string), and object attributes declared {@code optional(T, default)}
 * that the value lacks are added with their default (or null). A value that does not convert is
 * left as it is; nothing is guessed. Unknown values stay unknown.
 */
final class TypeConversion {
  private final Evaluator evaluator;

  TypeConversion(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Value convert(Value v, Expr type) {
    if (v instanceof Value.Unknown || v.isNull() || type == null) {
      return v;
    }
    if (type instanceof Expr.Traversal t && t.steps().isEmpty()) {
      return primitive(v, t.root());
    }
    if (!(type instanceof Expr.Call c) || c.args().isEmpty()) {
      return v;
    }
    Expr arg = c.args().get(0);
    switch (c.name()) {
      case "list", "set" -> {
        if (v instanceof Value.ListV l) {
          List<Value> out = new ArrayList<>();
          l.items().forEach(i -> out.add(convert(i, arg)));
          return new Value.ListV(out);
        }
        return v;
      }
      case "map" -> {
        if (v instanceof Value.MapV m) {
          Map<String, Value> out = new LinkedHashMap<>();
          m.entries().forEach((k, x) -> out.put(k, convert(x, arg)));
          return new Value.MapV(out);
        }
        return v;
      }
      case "object" -> {
        return arg instanceof Expr.ObjectCons o && v instanceof Value.MapV m ? object(m, o) : v;
      }
      case "tuple" -> {
        if (arg instanceof Expr.Tuple t && v instanceof Value.ListV l && t.items().size() == l.items().size()) {
          List<Value> out = new ArrayList<>();
          for (int i = 0; i < l.items().size(); i++) {
            out.add(convert(l.items().get(i), t.items().get(i)));
          }
          return new Value.ListV(out);
        }
        return v;
      }
      default -> {
        return v;
      }
    }
  }

  /**
   * Why a known value cannot be converted to {@code type}, as Terraform reports for a value given
   * on the command line or in tfvars ("a number is required"); empty when it converts (or is unknown,
   * null, or the type is one this does not judge).
   */
  static java.util.Optional<String> mismatch(Value v, Expr type) {
    if (v instanceof Value.Unknown || v.isNull() || type == null) {
      return java.util.Optional.empty();
    }
    if (type instanceof Expr.Traversal t && t.steps().isEmpty()) {
      return switch (t.root()) {
        case "string" -> v instanceof Value.ListV || v instanceof Value.MapV
            ? java.util.Optional.of("a string is required") : java.util.Optional.empty();
        case "number" -> v instanceof Value.Num ? java.util.Optional.empty()
            : v instanceof Value.Str s && parses(s.value()) ? java.util.Optional.empty()
            : java.util.Optional.of("a number is required, got " + shown(v));
        case "bool" -> v instanceof Value.Bool ? java.util.Optional.empty()
            : v instanceof Value.Str s && (s.value().equals("true") || s.value().equals("false")) ? java.util.Optional.empty()
            : java.util.Optional.of("a bool is required, got " + shown(v));
        default -> java.util.Optional.empty();
      };
    }
    if (!(type instanceof Expr.Call c) || c.args().isEmpty()) {
      return java.util.Optional.empty();
    }
    Expr arg = c.args().get(0);
    switch (c.name()) {
      case "list", "set" -> {
        if (!(v instanceof Value.ListV l)) {
          return java.util.Optional.of("a " + c.name() + " is required, got " + shown(v));
        }
        for (int i = 0; i < l.items().size(); i++) {
          java.util.Optional<String> inner = mismatch(l.items().get(i), arg);
          if (inner.isPresent()) {
            return java.util.Optional.of("element " + i + ": " + inner.get());
          }
        }
        return java.util.Optional.empty();
      }
      case "map", "object" -> {
        if (!(v instanceof Value.MapV m)) {
          return java.util.Optional.of("a" + (c.name().equals("object") ? "n object" : " map") + " is required, got " + shown(v));
        }
        if (c.name().equals("map")) {
          for (Map.Entry<String, Value> e : m.entries().entrySet()) {
            java.util.Optional<String> inner = mismatch(e.getValue(), arg);
            if (inner.isPresent()) {
              return java.util.Optional.of("element \"" + e.getKey() + "\": " + inner.get());
            }
          }
        }
        return java.util.Optional.empty();
      }
      default -> {
        return java.util.Optional.empty();
      }
    }
  }

  private static boolean parses(String s) {
    try {
      new java.math.BigDecimal(s.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A value for an error message: its kind, never its content (a given value may be a secret). */
  private static String shown(Value v) {
    return v instanceof Value.Str ? "a string that does not convert" : v instanceof Value.ListV ? "a list"
        : v instanceof Value.MapV ? "an object" : v instanceof Value.Bool ? "a bool" : v instanceof Value.Num ? "a number"
        : "another type";
  }

  private Value object(Value.MapV value, Expr.ObjectCons type) {
    Map<String, Value> out = new LinkedHashMap<>(value.entries());
    for (Expr.ObjectCons.Item item : type.items()) {
      String name = attributeName(item.key());
      if (name == null) {
        continue;
      }
      Expr attrType = item.value();
      boolean optional = attrType instanceof Expr.Call c && c.name().equals("optional") && !c.args().isEmpty();
      Expr inner = optional ? ((Expr.Call) attrType).args().get(0) : attrType;
      Value present = value.entries().get(name);
      if (present != null && !(optional && present.isNull())) {
        out.put(name, convert(present, inner));
      } else if (optional) {
        List<Expr> args = ((Expr.Call) attrType).args();
        out.put(name, args.size() > 1 ? convert(defaultValue(args.get(1)), inner) : Value.NULL);
      }
    }
    return new Value.MapV(out);
  }

  private Value defaultValue(Expr e) {
    try {
      return evaluator.eval(e, Scope.EMPTY);
    } catch (EvalException ex) {
      return new Value.Unknown("optional default: " + ex.getMessage());
    }
  }

  static String attributeName(Expr key) {
    if (key instanceof Expr.Literal l && l.value() instanceof Value.Str s) {
      return s.value();
    }
    if (key instanceof Expr.Traversal t && t.steps().isEmpty()) {
      return t.root();
    }
    return null;
  }

  private static Value primitive(Value v, String type) {
    try {
      return switch (type) {
        case "string" -> v instanceof Value.Num || v instanceof Value.Bool ? Value.str(Evaluator.toStr(v)) : v;
        case "number" -> v instanceof Value.Str ? new Value.Num(Evaluator.toNum(v)) : v;
        case "bool" -> v instanceof Value.Str ? new Value.Bool(Evaluator.toBool(v)) : v;
        default -> v;
      };
    } catch (EvalException e) {
      return v;
    }
  }
}
