package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.Body;
import io.vpcgate.input.hcl.Expr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resources and module calls a resource block refers to, read from its expressions (through
 * locals, transitively) and its {@code depends_on}: what Terraform orders it after. Addresses are
 * {@code type.name} or {@code module.name}, without instance keys.
 */
final class References {
  private final Set<String> resources;
  private final Set<String> modules;
  private final Map<String, Expr> locals;

  References(Set<String> resources, Set<String> modules, Map<String, Expr> locals) {
    this.resources = resources;
    this.modules = modules;
    this.locals = locals;
  }

  /** What a block's {@code depends_on} names (a module call's applies to every resource inside the module). */
  List<String> dependsOn(Body.Block block) {
    Set<String> out = new LinkedHashSet<>();
    block.body().attribute("depends_on").ifPresent(a -> expr(a.expr(), out, new HashSet<>()));
    return out.stream().sorted().toList();
  }

  List<String> of(Body.Block block) {
    Set<String> out = new LinkedHashSet<>();
    body(block.body(), out, new HashSet<>());
    return out.stream().sorted().toList();
  }

  private void body(Body body, Set<String> out, Set<String> seenLocals) {
    body.attributes().forEach(a -> expr(a.expr(), out, seenLocals));
    body.blocks().forEach(b -> body(b.body(), out, seenLocals));
  }

  private void expr(Expr e, Set<String> out, Set<String> seen) {
    for (Expr child : children(e)) {
      expr(child, out, seen);
    }
    if (e instanceof Expr.Traversal t) {
      traversal(t, out, seen);
    } else if (e instanceof Expr.Relative r) {
      steps(r.steps(), out, seen);
    } else if (e instanceof Expr.Splat s) {
      steps(s.each(), out, seen);
    }
  }

  /** The sub-expressions of {@code e} (not the index keys of its steps). */
  static List<Expr> children(Expr e) {
    List<Expr> out = new ArrayList<>();
    if (e instanceof Expr.Template t) {
      out.addAll(t.parts());
    } else if (e instanceof Expr.TemplateWrap t) {
      out.add(t.inner());
    } else if (e instanceof Expr.TemplateIf t) {
      out.addAll(java.util.Arrays.asList(t.condition(), t.then(), t.otherwise()));
    } else if (e instanceof Expr.TemplateFor t) {
      out.addAll(java.util.Arrays.asList(t.collection(), t.body()));
    } else if (e instanceof Expr.Relative r) {
      out.add(r.source());
    } else if (e instanceof Expr.Splat s) {
      out.add(s.source());
    } else if (e instanceof Expr.Call c) {
      out.addAll(c.args());
    } else if (e instanceof Expr.Conditional c) {
      out.addAll(java.util.Arrays.asList(c.condition(), c.then(), c.otherwise()));
    } else if (e instanceof Expr.Binary b) {
      out.addAll(java.util.Arrays.asList(b.left(), b.right()));
    } else if (e instanceof Expr.Unary u) {
      out.add(u.operand());
    } else if (e instanceof Expr.Tuple t) {
      out.addAll(t.items());
    } else if (e instanceof Expr.ObjectCons o) {
      o.items().forEach(i -> out.addAll(java.util.Arrays.asList(i.key(), i.value())));
    } else if (e instanceof Expr.For f) {
      out.addAll(java.util.Arrays.asList(f.collection(), f.keyExpr(), f.valueExpr(), f.condition()));
    } else if (e instanceof Expr.Parens p) {
      out.add(p.inner());
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  private void steps(List<Expr.Step> steps, Set<String> out, Set<String> seenLocals) {
    for (Expr.Step s : steps) {
      if (s instanceof Expr.Step.Index i) {
        expr(i.key(), out, seenLocals);
      }
    }
  }

  private void traversal(Expr.Traversal t, Set<String> out, Set<String> seenLocals) {
    steps(t.steps(), out, seenLocals);
    String first = t.steps().isEmpty() || !(t.steps().get(0) instanceof Expr.Step.Attr a) ? null : a.name();
    if (first == null) {
      return;
    }
    String key = t.root() + "." + first;
    if (t.root().equals("local") && seenLocals.add(first) && locals.containsKey(first)) {
      expr(locals.get(first), out, seenLocals);
    } else if (t.root().equals("module") && modules.contains(first)) {
      out.add(key);
    } else if (resources.contains(key)) {
      out.add(key);
    }
  }
}
