package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.Expr;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The resource attributes an expression's value is computed from, followed through locals, the
 * module's input variables (their references in the caller, as the caller passed them) and the
 * outputs of the modules it calls: {@code local.redis} → {@code google_redis_instance.cache.host}.
 * References are module-qualified ({@code module.db.google_sql_database_instance.main.private_ip_address},
 * {@code data.google_redis_instance.shared.host}) and carry no instance keys; a whole object is
 * referenced without an attribute. This is how a workload is bound to a data store by reference.
 */
final class AttributeReferences {
  private final String prefix;
  private final Set<String> resources;
  private final Map<String, Expr> locals;
  private final Map<String, List<String>> inputs;
  private final BiFunction<String, String, List<String>> moduleOutput;

  /**
   * @param prefix this module's address prefix ({@code module.net.})
   * @param resources the module's {@code type.name} resource keys
   * @param inputs each input variable's references in the caller's terms
   * @param moduleOutput (module name, output name) → the references of that output, in this module's terms
   */
  AttributeReferences(String prefix, Set<String> resources, Map<String, Expr> locals, Map<String, List<String>> inputs,
      BiFunction<String, String, List<String>> moduleOutput) {
    this.prefix = prefix;
    this.resources = resources;
    this.locals = locals;
    this.inputs = inputs;
    this.moduleOutput = moduleOutput;
  }

  List<String> of(Expr e) {
    Set<String> out = new LinkedHashSet<>();
    expr(e, out, new HashSet<>());
    return List.copyOf(out);
  }

  private void expr(Expr e, Set<String> out, Set<String> seenLocals) {
    if (e == null) {
      return;
    }
    List<Expr> children = References.children(e);
    for (int i = 0; i < children.size(); i++) { // an index, not an iterator: this runs for every expression
      expr(children.get(i), out, seenLocals);
    }
    List<Expr.Step> steps = e instanceof Expr.Traversal t ? t.steps() : e instanceof Expr.Relative r ? r.steps()
        : e instanceof Expr.Splat s ? s.each() : List.of();
    for (int n = 0; n < steps.size(); n++) {
      Expr.Step s = steps.get(n);
      if (s instanceof Expr.Step.Index i) {
        expr(i.key(), out, seenLocals);
      }
    }
    if (e instanceof Expr.Traversal t) {
      traversal(t, out, seenLocals);
    }
  }

  private void traversal(Expr.Traversal t, Set<String> out, Set<String> seenLocals) {
    // The first three attribute names are all that is read (a loop: this runs for every traversal of every attribute).
    String[] names = new String[3];
    int n = 0;
    List<Expr.Step> steps = t.steps();
    for (int i = 0; i < steps.size() && n < names.length; i++) {
      if (steps.get(i) instanceof Expr.Step.Attr a) {
        names[n++] = a.name();
      }
    }
    if (n == 0) {
      return;
    }
    String first = names[0];
    switch (t.root()) {
      case "local" -> {
        if (seenLocals.add(first) && locals.containsKey(first)) {
          expr(locals.get(first), out, seenLocals);
        }
      }
      case "var" -> out.addAll(inputs.getOrDefault(first, List.of()));
      case "module" -> {
        if (n > 1) {
          out.addAll(moduleOutput.apply(first, names[1]));
        }
      }
      case "data" -> {
        if (n > 1) {
          out.add(prefix + "data." + first + "." + names[1] + (n > 2 ? "." + names[2] : ""));
        }
      }
      case "resource" -> {
        if (n > 1 && resources.contains(first + "." + names[1])) {
          out.add(prefix + first + "." + names[1] + (n > 2 ? "." + names[2] : ""));
        }
      }
      default -> {
        if (resources.contains(t.root() + "." + first)) {
          out.add(prefix + t.root() + "." + first + (n > 1 ? "." + names[1] : ""));
        }
      }
    }
  }
}
