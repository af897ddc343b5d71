package io.vpcgate.input.hcl;

import java.util.List;
import java.util.Map;

/** Names an expression can refer to. Scopes nest: for expressions add their variables. */
public interface Scope {

  /**
   * Resolves {@code root} and as many leading {@code steps} as this scope owns (e.g. {@code
   * google_x.name} owns one step), or returns null if the root name is not defined here.
   */
  Resolution resolve(String root, List<Expr.Step> steps);

  /** Where {@code file()} reads from; null to refuse file access. */
  default java.nio.file.Path baseDirectory() {
    return null;
  }

  record Resolution(Value value, int consumedSteps) {}

  /** A child scope binding plain names ({@code each}, {@code count}, for-expression variables). */
  static Scope with(Scope parent, Map<String, Value> names) {
    return new Scope() {
      @Override
      public Resolution resolve(String root, List<Expr.Step> steps) {
        Value v = names.get(root);
        return v != null ? new Resolution(v, 0) : parent.resolve(root, steps);
      }

      @Override
      public java.nio.file.Path baseDirectory() {
        return parent.baseDirectory();
      }
    };
  }

  Scope EMPTY = (root, steps) -> null;
}
