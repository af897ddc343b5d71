package io.vpcgate.input.hcl;

import io.vpcgate.input.hcl.Token.Kind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates expressions with Terraform semantics. An expression over an unknown value is
 * unknown, never a wrong known value; an expression Terraform would reject raises {@link
 * EvalException}.
 */
public final class Evaluator {
  private static final int MAX_DEPTH = 200;
  private final Functions functions = new Functions(this);
  private int depth;

  public Value eval(Expr e, Scope scope) {
    if (depth == 0) {
      try {
        return evalChecked(e, scope);
      } catch (StackOverflowError so) {
        depth = 0;
        throw new EvalException("expression evaluation nested too deeply (a cycle?)");
      }
    }
    return evalChecked(e, scope);
  }

  private Value evalChecked(Expr e, Scope scope) {
    if (++depth > MAX_DEPTH) {
      depth = 0;
      throw new EvalException("expression evaluation nested too deeply (a cycle?)");
    }
    try {
      return evalInner(e, scope);
    } finally {
      if (depth > 0) {
        depth--;
      }
    }
  }

  private Value evalInner(Expr e, Scope scope) {
    if (e instanceof Expr.Literal l) {
      return l.value();
    }
    if (e instanceof Expr.Parens p) {
      return eval(p.inner(), scope);
    }
    if (e instanceof Expr.TemplateWrap w) {
      return eval(w.inner(), scope);
    }
    if (e instanceof Expr.Template t) {
      return template(t.parts(), scope);
    }
    if (e instanceof Expr.TemplateIf ti) {
      Value c = eval(ti.condition(), scope);
      if (!c.isKnown()) {
        return c;
      }
      return eval(toBool(c) ? ti.then() : ti.otherwise(), scope);
    }
    if (e instanceof Expr.TemplateFor tf) {
      StringBuilder sb = new StringBuilder();
      Value coll = eval(tf.collection(), scope);
      if (!coll.isKnown()) {
        return coll;
      }
      for (Map.Entry<Value, Value> kv : iterate(coll)) {
        Value part = eval(tf.body(), bind(scope, tf.keyVar(), kv.getKey(), tf.valueVar(), kv.getValue()));
        if (!part.isKnown()) {
          return part;
        }
        sb.append(toStr(part));
      }
      return Value.str(sb.toString());
    }
    if (e instanceof Expr.Traversal tr) {
      Scope.Resolution r = scope.resolve(tr.root(), tr.steps());
      if (r == null) {
        throw new EvalException("unknown name \"" + tr.root() + "\"");
      }
      return steps(r.value(), tr.steps().subList(r.consumedSteps(), tr.steps().size()), scope);
    }
    if (e instanceof Expr.Relative rel) {
      return steps(eval(rel.source(), scope), rel.steps(), scope);
    }
    if (e instanceof Expr.Splat s) {
      Value src = eval(s.source(), scope);
      if (!src.isKnown()) {
        return src;
      }
      if (src.isNull()) {
        return new Value.ListV(List.of());
      }
      List<Value> items = src instanceof Value.ListV l ? l.items() : List.of(src);
      List<Value> out = new ArrayList<>();
      for (int n = 0; n < items.size(); n++) {
        Value item = items.get(n);
        out.add(steps(item, s.each(), scope));
      }
      return new Value.ListV(out);
    }
    if (e instanceof Expr.Call c) {
      return functions.call(c, scope);
    }
    if (e instanceof Expr.Conditional c) {
      Value cond = eval(c.condition(), scope);
      if (!cond.isKnown()) {
        return new Value.Unknown(((Value.Unknown) cond).reason());
      }
      if (cond.isNull()) {
        throw new EvalException("condition is null");
      }
      return eval(toBool(cond) ? c.then() : c.otherwise(), scope);
    }
    if (e instanceof Expr.Unary u) {
      Value v = eval(u.operand(), scope);
      if (!v.isKnown()) {
        return v;
      }
      return u.op() == Kind.BANG ? new Value.Bool(!toBool(v)) : new Value.Num(toNum(v).negate());
    }
    if (e instanceof Expr.Binary b) {
      return binary(b, scope);
    }
    if (e instanceof Expr.Tuple t) {
      List<Value> out = new ArrayList<>();
      List<Expr> items = t.items();
      for (int n = 0; n < items.size(); n++) {
        Expr item = items.get(n);
        out.add(eval(item, scope));
      }
      return new Value.ListV(out);
    }
    if (e instanceof Expr.ObjectCons o) {
      Map<String, Value> out = new LinkedHashMap<>();
      List<Expr.ObjectCons.Item> items = o.items();
      for (int n = 0; n < items.size(); n++) {
        Expr.ObjectCons.Item item = items.get(n);
        Value k = eval(item.key(), scope);
        if (!k.isKnown()) {
          return new Value.Unknown("object key is " + ((Value.Unknown) k).reason());
        }
        out.put(toStr(k), eval(item.value(), scope));
      }
      return new Value.MapV(out);
    }
    if (e instanceof Expr.For f) {
      return forExpr(f, scope);
    }
    throw new IllegalStateException("unhandled expression " + e.getClass().getSimpleName());
  }

  private Value template(List<Expr> parts, Scope scope) {
    StringBuilder sb = new StringBuilder();
    for (int n = 0; n < parts.size(); n++) {
      Expr p = parts.get(n);
      Value v = eval(p, scope);
      if (!v.isKnown()) {
        return v;
      }
      if (v.isNull()) {
        throw new EvalException("template interpolates a null value");
      }
      sb.append(toStr(v));
    }
    return Value.str(sb.toString());
  }

  /** Applies attribute and index steps. */
  Value steps(Value v, List<Expr.Step> steps, Scope scope) {
    for (int n = 0; n < steps.size(); n++) {
      Expr.Step step = steps.get(n);
      if (!v.isKnown()) {
        return v;
      }
      if (step instanceof Expr.Step.Attr a) {
        v = getAttr(v, a.name());
      } else {
        Value key = eval(((Expr.Step.Index) step).key(), scope);
        if (!key.isKnown()) {
          return key;
        }
        v = index(v, key);
      }
    }
    return v;
  }

  static Value getAttr(Value v, String name) {
    if (v instanceof Value.MapV m) {
      if (!m.entries().containsKey(name)) {
        if (m.missing() != null) {
          return new Value.Unknown(m.missing());
        }
        throw new EvalException("object has no attribute \"" + name + "\"");
      }
      return m.entries().get(name);
    }
    if (v.isNull()) {
      throw new EvalException("attempt to get attribute \"" + name + "\" from a null value");
    }
    throw new EvalException("cannot get attribute \"" + name + "\" of a " + v.typeName());
  }

  static Value index(Value v, Value key) {
    if (v instanceof Value.ListV l) {
      int i = toNum(key).intValueExact();
      if (i < 0 || i >= l.items().size()) {
        throw new EvalException("index " + i + " out of range for a list of " + l.items().size());
      }
      return l.items().get(i);
    }
    if (v instanceof Value.MapV m) {
      String k = toStr(key);
      if (!m.entries().containsKey(k)) {
        if (m.missing() != null) {
          return new Value.Unknown(m.missing());
        }
        throw new EvalException("no element with key \"" + k + "\"");
      }
      return m.entries().get(k);
    }
    throw new EvalException("cannot index a " + v.typeName());
  }

  private Value binary(Expr.Binary b, Scope scope) {
    Value l = eval(b.left(), scope);
    Value r = eval(b.right(), scope);
    switch (b.op()) {
      case AND:
        if (isFalse(l) || isFalse(r)) {
          return new Value.Bool(false);
        }
        break;
      case OR:
        if (isTrue(l) || isTrue(r)) {
          return new Value.Bool(true);
        }
        break;
      default:
        break;
    }
    if (!l.isWhollyKnown()) {
      return unknownOf(l);
    }
    if (!r.isWhollyKnown()) {
      return unknownOf(r);
    }
    switch (b.op()) {
      case EQ:
        return new Value.Bool(Values.equal(l, r));
      case NE:
        return new Value.Bool(!Values.equal(l, r));
      case AND:
        return new Value.Bool(toBool(l) && toBool(r));
      case OR:
        return new Value.Bool(toBool(l) || toBool(r));
      default:
        break;
    }
    BigDecimal x = toNum(l);
    BigDecimal y = toNum(r);
    return switch (b.op()) {
      case PLUS -> new Value.Num(x.add(y));
      case MINUS -> new Value.Num(x.subtract(y));
      case STAR -> new Value.Num(x.multiply(y));
      case SLASH -> {
        if (y.signum() == 0) {
          throw new EvalException("division by zero");
        }
        yield new Value.Num(x.divide(y, MathContext.DECIMAL64));
      }
      case PERCENT -> {
        if (y.signum() == 0) {
          throw new EvalException("modulo by zero");
        }
        yield new Value.Num(x.remainder(y));
      }
      case LT -> new Value.Bool(x.compareTo(y) < 0);
      case GT -> new Value.Bool(x.compareTo(y) > 0);
      case LE -> new Value.Bool(x.compareTo(y) <= 0);
      case GE -> new Value.Bool(x.compareTo(y) >= 0);
      default -> throw new IllegalStateException("operator " + b.op());
    };
  }

  private Value forExpr(Expr.For f, Scope scope) {
    Value coll = eval(f.collection(), scope);
    if (!coll.isKnown()) {
      return coll;
    }
    if (coll.isNull()) {
      throw new EvalException("for expression over a null value");
    }
    List<Value> list = new ArrayList<>();
    Map<String, Value> map = new LinkedHashMap<>();
    Map<String, List<Value>> groups = new LinkedHashMap<>();
    for (Map.Entry<Value, Value> kv : iterate(coll)) {
      Scope inner = bind(scope, f.keyVar(), kv.getKey(), f.valueVar(), kv.getValue());
      if (f.condition() != null) {
        Value c = eval(f.condition(), inner);
        if (!c.isKnown()) {
          return new Value.Unknown(((Value.Unknown) c).reason());
        }
        if (!toBool(c)) {
          continue;
        }
      }
      if (f.isObject()) {
        Value k = eval(f.keyExpr(), inner);
        if (!k.isKnown()) {
          return new Value.Unknown(((Value.Unknown) k).reason());
        }
        Value v = eval(f.valueExpr(), inner);
        String key = toStr(k);
        if (f.grouping()) {
          groups.computeIfAbsent(key, x -> new ArrayList<>()).add(v);
        } else {
          if (map.containsKey(key)) {
            throw new EvalException("duplicate object key \"" + key + "\" in for expression");
          }
          map.put(key, v);
        }
      } else {
        list.add(eval(f.valueExpr(), inner));
      }
    }
    if (!f.isObject()) {
      return new Value.ListV(list);
    }
    if (f.grouping()) {
      groups.forEach((k, v) -> map.put(k, new Value.ListV(v)));
    }
    return new Value.MapV(map);
  }

  /** Key/value pairs of a list (index, item) or a map (key, value) in Terraform's order. */
  static List<Map.Entry<Value, Value>> iterate(Value coll) {
    List<Map.Entry<Value, Value>> out = new ArrayList<>();
    if (coll instanceof Value.ListV l) {
      for (int i = 0; i < l.items().size(); i++) {
        out.add(Map.entry(Value.Num.of(i), l.items().get(i)));
      }
    } else if (coll instanceof Value.MapV m) {
      new TreeMap<>(m.entries()).forEach((k, v) -> out.add(Map.entry(Value.str(k), v)));
    } else {
      throw new EvalException("cannot iterate over a " + coll.typeName());
    }
    return out;
  }

  private static Scope bind(Scope scope, String keyVar, Value key, String valueVar, Value value) {
    Map<String, Value> names = new LinkedHashMap<>();
    if (keyVar != null) {
      names.put(keyVar, key);
    }
    names.put(valueVar, value);
    return Scope.with(scope, names);
  }

  // ---- conversions (Terraform's automatic type conversion) ---------------------------------

  static Value unknownOf(Value v) {
    if (v instanceof Value.Unknown u) {
      return u;
    }
    if (v instanceof Value.ListV l) {
      for (Value i : l.items()) {
        if (!i.isWhollyKnown()) {
          return unknownOf(i);
        }
      }
    }
    if (v instanceof Value.MapV m) {
      for (Value i : m.entries().values()) {
        if (!i.isWhollyKnown()) {
          return unknownOf(i);
        }
      }
    }
    return new Value.Unknown("unknown");
  }

  private static boolean isFalse(Value v) {
    return v instanceof Value.Bool b && !b.value();
  }

  private static boolean isTrue(Value v) {
    return v instanceof Value.Bool b && b.value();
  }

  public static boolean toBool(Value v) {
    if (v instanceof Value.Bool b) {
      return b.value();
    }
    if (v instanceof Value.Str s && (s.value().equals("true") || s.value().equals("false"))) {
      return Boolean.parseBoolean(s.value());
    }
    throw new EvalException("a bool is required, got " + v.typeName());
  }

  public static BigDecimal toNum(Value v) {
    if (v instanceof Value.Num n) {
      return n.value();
    }
    if (v instanceof Value.Str s) {
      try {
        return new BigDecimal(s.value().trim());
      } catch (NumberFormatException e) {
        throw new EvalException("a number is required, got \"" + s.value() + "\"");
      }
    }
    throw new EvalException("a number is required, got " + v.typeName());
  }

  public static String toStr(Value v) {
    java.util.Optional<String> s = v.asString(); // no lambda for the error: this runs for every template part
    if (s.isEmpty()) {
      throw new EvalException("a string is required, got " + v.typeName());
    }
    return s.get();
  }
}
