package io.vpcgate.input.hcl;

import java.util.List;

/** An HCL expression, unevaluated. Every node knows the line it starts on. */
public sealed interface Expr {
  int line();

  record Literal(Value value, int line) implements Expr {}

  /** A quoted string or heredoc: the parts are concatenated as strings. */
  record Template(List<Expr> parts, int line) implements Expr {
    public Template {
      parts = List.copyOf(parts);
    }
  }

  /** {@code "${x}"} alone: Terraform keeps the type of {@code x}. */
  record TemplateWrap(Expr inner, int line) implements Expr {}

  record TemplateIf(Expr condition, Expr then, Expr otherwise, int line) implements Expr {}

  record TemplateFor(String keyVar, String valueVar, Expr collection, Expr body, int line)
      implements Expr {}

  /** {@code var.x}, {@code local.y}, {@code google_x.y.attr}, {@code each.key}: a root name and steps. */
  record Traversal(String root, List<Step> steps, int line) implements Expr {
    public Traversal {
      steps = List.copyOf(steps);
    }
  }

  /** Steps applied to the value of an arbitrary expression: {@code f(x)[0].name}. */
  record Relative(Expr source, List<Step> steps, int line) implements Expr {
    public Relative {
      steps = List.copyOf(steps);
    }
  }

  /** {@code source[*].steps} or {@code source.*.steps}. */
  record Splat(Expr source, List<Step> each, int line) implements Expr {
    public Splat {
      each = List.copyOf(each);
    }
  }

  record Call(String name, List<Expr> args, boolean expandLast, int line) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  record Conditional(Expr condition, Expr then, Expr otherwise, int line) implements Expr {}

  record Binary(Token.Kind op, Expr left, Expr right, int line) implements Expr {}

  record Unary(Token.Kind op, Expr operand, int line) implements Expr {}

  record Tuple(List<Expr> items, int line) implements Expr {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  record ObjectCons(List<Item> items, int line) implements Expr {
    public ObjectCons {
      items = List.copyOf(items);
    }

    public record Item(Expr key, Expr value) {}
  }

  /** {@code [for k, v in c : v if cond]} or {@code {for k, v in c : k => v... if cond}}. */
  record For(String keyVar, String valueVar, Expr collection, Expr keyExpr, Expr valueExpr,
      Expr condition, boolean grouping, int line) implements Expr {
    public boolean isObject() {
      return keyExpr != null;
    }
  }

  /** {@code (expr)}: kept so that {@code (a.b) = v} keys are evaluated, not taken literally. */
  record Parens(Expr inner, int line) implements Expr {}

  /** One step of a traversal. */
  sealed interface Step {
    record Attr(String name) implements Step {}

    record Index(Expr key) implements Step {}
  }
}
