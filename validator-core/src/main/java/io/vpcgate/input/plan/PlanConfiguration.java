package io.vpcgate.input.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's {@code configuration} section: which attributes and nested blocks each resource
 * configures (paths like {@code subnet[0].name}), keyed by module-qualified address without
 * instance keys ({@code module.net.google_vpc_access_connector.main}).
 */
final class PlanConfiguration {
  private final Map<String, Set<String>> configured = new HashMap<>();
  private final Map<String, Set<String>> references = new HashMap<>();

  static PlanConfiguration of(JsonNode plan) {
    PlanConfiguration c = new PlanConfiguration();
    c.walkModule(plan.path("configuration").path("root_module"), "");
    return c;
  }

  Optional<Set<String>> paths(String addressWithoutIndexes) {
    return Optional.ofNullable(configured.get(addressWithoutIndexes));
  }

  /** The resources it refers to or depends on ({@code type.name}, {@code module.name}), module-qualified. */
  java.util.List<String> references(String addressWithoutIndexes) {
    return java.util.List.copyOf(references.getOrDefault(addressWithoutIndexes, Set.of()));
  }

  private void walkModule(JsonNode module, String prefix) {
    for (JsonNode r : module.path("resources")) {
      Set<String> paths = new LinkedHashSet<>();
      expressions(r.path("expressions"), "", paths);
      String address = prefix + r.path("address").asText();
      configured.put(address, paths);
      Set<String> refs = new LinkedHashSet<>();
      collectReferences(r.path("expressions"), refs);
      r.path("depends_on").forEach(d -> refs.add(d.asText()));
      Set<String> qualified = new LinkedHashSet<>();
      refs.forEach(x -> resourceOf(x).ifPresent(y -> qualified.add(prefix + y)));
      references.put(address, qualified);
    }
    module.path("module_calls").fields().forEachRemaining(e ->
        walkModule(e.getValue().path("module"), prefix + "module." + e.getKey() + "."));
  }

  private static void collectReferences(JsonNode n, Set<String> out) {
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> {
        if (e.getKey().equals("references") && e.getValue().isArray()) {
          e.getValue().forEach(x -> out.add(x.asText()));
        } else {
          collectReferences(e.getValue(), out);
        }
      });
    } else if (n.isArray()) {
      n.forEach(x -> collectReferences(x, out));
    }
  }

  /** {@code google_x.y.attr} → {@code google_x.y}; {@code module.m.out} → {@code module.m}; var/local/data: none. */
  private static Optional<String> resourceOf(String ref) {
    String[] parts = ref.replaceAll("\\[[^\\]]*\\]", "").split("\\.");
    if (parts.length < 2 || Set.of("var", "local", "data", "each", "count", "path", "self", "terraform").contains(parts[0])) {
      return Optional.empty();
    }
    return Optional.of(parts[0] + "." + parts[1]);
  }

  private static void expressions(JsonNode exprs, String prefix, Set<String> out) {
    exprs.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          String p = prefix + e.getKey() + "[" + i + "]";
          out.add(p);
          expressions(v.get(i), p + ".", out);
        }
      } else {
        out.add(prefix + e.getKey());
      }
    });
  }
}
