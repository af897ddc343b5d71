package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.Expr;
import java.util.Optional;

/**
 * Whether an expression is a module variable as it is ({@code var.redis_host}, {@code "${var.redis_host}"}):
 * then the value is set where the variable's value was (a tfvars line, the caller's argument, the default),
 * and a finding about the value points there.
 */
final class ValueSource {
  private ValueSource() {}

  static Optional<String> variable(Expr e) {
    Expr inner = e;
    while (inner instanceof Expr.TemplateWrap w || inner instanceof Expr.Parens) {
      inner = inner instanceof Expr.TemplateWrap w2 ? w2.inner() : ((Expr.Parens) inner).inner();
    }
    if (inner instanceof Expr.Template t && t.parts().size() == 1) {
      return variable(t.parts().get(0));
    }
    if (inner instanceof Expr.Traversal t && t.root().equals("var") && t.steps().size() == 1
        && t.steps().get(0) instanceof Expr.Step.Attr a) {
      return Optional.of(a.name());
    }
    return Optional.empty();
  }
}
