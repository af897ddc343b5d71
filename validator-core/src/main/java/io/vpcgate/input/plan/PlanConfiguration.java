package io.vpcgate.input.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.model.Addresses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
  private final Map<String, Map<String, List<String>>> attributeReferences = new HashMap<>();

  /** A module of the configuration: its address prefix, its JSON, and the call that made it (none for the root). */
  private record Module(String prefix, JsonNode node, Module caller, JsonNode call) {}

  static PlanConfiguration of(JsonNode plan) {
    PlanConfiguration c = new PlanConfiguration();
    c.walkModule(new Module("", plan.path("configuration").path("root_module"), null, null));
    return c;
  }

  /**
   * By attribute path, the resource attributes each configured value is computed from, followed
   * through module inputs and outputs (locals do not appear in a plan's configuration, so a value
   * computed through one names no resource).
   */
  Map<String, List<String>> attributeReferences(String addressWithoutIndexes) {
    return attributeReferences.getOrDefault(addressWithoutIndexes, Map.of());
  }

  Optional<Set<String>> paths(String addressWithoutIndexes) {
    return Optional.ofNullable(configured.get(addressWithoutIndexes));
  }

  /** The resources it refers to or depends on ({@code type.name}, {@code module.name}), module-qualified. */
  java.util.List<String> references(String addressWithoutIndexes) {
    return java.util.List.copyOf(references.getOrDefault(addressWithoutIndexes, Set.of()));
  }

  private void walkModule(Module m) {
    JsonNode module = m.node();
    String prefix = m.prefix();
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
      // A module call's depends_on applies to every resource inside the module, at any depth.
      for (Module c = m; c.caller() != null; c = c.caller()) {
        String callerPrefix = c.caller().prefix();
        c.call().path("depends_on").forEach(d -> resourceOf(d.asText()).ifPresent(y -> qualified.add(callerPrefix + y)));
      }
      references.put(address, qualified);
      Map<String, List<String>> byPath = new HashMap<>();
      attributeRefs(r.path("expressions"), "", m, byPath);
      attributeReferences.put(address, byPath);
    }
    module.path("module_calls").fields().forEachRemaining(e -> walkModule(
        new Module(prefix + "module." + e.getKey() + ".", e.getValue().path("module"), m, e.getValue())));
  }

  private void attributeRefs(JsonNode exprs, String prefix, Module m, Map<String, List<String>> out) {
    exprs.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          attributeRefs(v.get(i), prefix + e.getKey() + "[" + i + "].", m, out);
        }
      } else if (v.has("references")) {
        Set<String> resolved = new LinkedHashSet<>();
        v.path("references").forEach(x -> resolved.addAll(resolve(x.asText(), m, 0)));
        if (!resolved.isEmpty()) {
          out.put(prefix + e.getKey(), List.copyOf(resolved));
        }
      }
    });
  }

  /** A reference in module {@code m} as module-qualified resource attributes, through inputs and outputs. */
  private static List<String> resolve(String ref, Module m, int depth) {
    String[] p = Addresses.withoutIndexes(ref).split("\\.");
    if (depth > 32 || p.length < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    switch (p[0]) {
      case "var" -> {
        if (m.caller() != null) {
          m.call().path("expressions").path(p[1]).path("references")
              .forEach(x -> out.addAll(resolve(x.asText(), m.caller(), depth + 1)));
        }
      }
      case "module" -> {
        if (p.length > 2) {
          JsonNode call = m.node().path("module_calls").path(p[1]);
          Module child = new Module(m.prefix() + "module." + p[1] + ".", call.path("module"), m, call);
          call.path("module").path("outputs").path(p[2]).path("expression").path("references")
              .forEach(x -> out.addAll(resolve(x.asText(), child, depth + 1)));
        }
      }
      case "local", "each", "count", "path", "self", "terraform" -> { }
      case "data" -> {
        if (p.length > 2) {
          out.add(m.prefix() + String.join(".", java.util.Arrays.copyOfRange(p, 0, Math.min(p.length, 4))));
        }
      }
      default -> out.add(m.prefix() + String.join(".", java.util.Arrays.copyOfRange(p, 0, Math.min(p.length, 3))));
    }
    return out;
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
    String[] parts = Addresses.withoutIndexes(ref).split("\\.");
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
