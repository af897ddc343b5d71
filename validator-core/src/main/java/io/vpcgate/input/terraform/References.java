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
    List<Body.Attribute> as = body.attributes();
    for (int n = 0; n < as.size(); n++) { // loops: a capturing lambda is a method handle call per use under C1
      Body.Attribute a = as.get(n);
      expr(a.expr(), out, seenLocals);
    }
    List<Body.Block> bs = body.blocks();
    for (int n = 0; n < bs.size(); n++) {
      Body.Block b = bs.get(n);
      body(b.body(), out, seenLocals);
    }
  }

  private void expr(Expr e, Set<String> out, Set<String> seen) {
    List<Expr> children = children(e);
    for (int i = 0; i < children.size(); i++) { // an index, not an iterator: this runs for every expression
      expr(children.get(i), out, seen);
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
    // Asked for every expression of every attribute: a leaf (most of them) allocates nothing, a node one list.
    if (e instanceof Expr.Template t) {
      return withoutNulls(t.parts());
    } else if (e instanceof Expr.TemplateWrap t) {
      return of(t.inner());
    } else if (e instanceof Expr.TemplateIf t) {
      return of(t.condition(), t.then(), t.otherwise());
    } else if (e instanceof Expr.TemplateFor t) {
      return of(t.collection(), t.body());
    } else if (e instanceof Expr.Relative r) {
      return of(r.source());
    } else if (e instanceof Expr.Splat s) {
      return of(s.source());
    } else if (e instanceof Expr.Call c) {
      return withoutNulls(c.args());
    } else if (e instanceof Expr.Conditional c) {
      return of(c.condition(), c.then(), c.otherwise());
    } else if (e instanceof Expr.Binary b) {
      return of(b.left(), b.right());
    } else if (e instanceof Expr.Unary u) {
      return of(u.operand());
    } else if (e instanceof Expr.Tuple t) {
      return withoutNulls(t.items());
    } else if (e instanceof Expr.ObjectCons o) {
      List<Expr> out = new ArrayList<>(2 * o.items().size());
      List<Expr.ObjectCons.Item> is = o.items();
      for (int n = 0; n < is.size(); n++) {
        Expr.ObjectCons.Item i = is.get(n);
        out.add(i.key());
        out.add(i.value());
      }
      return withoutNulls(out);
    } else if (e instanceof Expr.For f) {
      return of(f.collection(), f.keyExpr(), f.valueExpr(), f.condition());
    } else if (e instanceof Expr.Parens p) {
      return of(p.inner());
    }
    return List.of();
  }

  private static List<Expr> of(Expr... children) {
    return withoutNulls(java.util.Arrays.asList(children));
  }

  /** {@code children} itself when none is null (an optional part left out), else a copy without them. */
  private static List<Expr> withoutNulls(List<Expr> children) {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i) == null) {
        List<Expr> out = new ArrayList<>(children);
        out.removeIf(java.util.Objects::isNull);
        return out;
      }
    }
    return children;
  }

  private void steps(List<Expr.Step> steps, Set<String> out, Set<String> seenLocals) {
    for (int n = 0; n < steps.size(); n++) {
      Expr.Step s = steps.get(n);
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
