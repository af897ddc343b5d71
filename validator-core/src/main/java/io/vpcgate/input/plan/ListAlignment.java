package io.vpcgate.input.plan;

import io.vpcgate.input.hcl.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a plan's set-typed blocks (env, volumes, volume_mounts: the provider stores them as sets, so
 * the plan lists them in its own order) in the order the .tf file writes them, matching items by
 * their {@code name}, so that each item's attribute locations point at its own lines.
 */
final class ListAlignment {
  private ListAlignment() {}

  static Value alignByName(Value planned, Value declared) {
    if (planned instanceof Value.MapV p && declared instanceof Value.MapV d) {
      Map<String, Value> out = new LinkedHashMap<>();
      p.entries().forEach((k, v) -> out.put(k, d.entries().containsKey(k) ? alignByName(v, d.entries().get(k)) : v));
      return new Value.MapV(out, p.missing());
    }
    if (planned instanceof Value.ListV p && declared instanceof Value.ListV d && p.items().size() == d.items().size()) {
      List<Value> ordered = reorder(p.items(), d.items()).orElse(p.items());
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < ordered.size(); i++) {
        out.add(alignByName(ordered.get(i), d.items().get(i)));
      }
      return new Value.ListV(out);
    }
    return planned;
  }

  private static Optional<List<Value>> reorder(List<Value> planned, List<Value> declared) {
    List<Value> remaining = new ArrayList<>(planned);
    List<Value> out = new ArrayList<>();
    for (Value d : declared) {
      Optional<String> name = name(d);
      if (name.isEmpty()) {
        return Optional.empty();
      }
      int at = 0;
      while (at < remaining.size() && !name(remaining.get(at)).equals(name)) {
        at++;
      }
      if (at == remaining.size()) {
        return Optional.empty();
      }
      out.add(remaining.remove(at)); // by index: remove(Object) compared the records, linking their generated equality
    }
    return Optional.of(out);
  }

  private static Optional<String> name(Value v) {
    return v instanceof Value.MapV m && m.entries().get("name") instanceof Value.Str s
        ? Optional.of(s.value()) : Optional.empty();
  }
}
