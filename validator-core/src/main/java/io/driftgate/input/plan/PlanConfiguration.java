package io.driftgate.input.plan;

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

  static PlanConfiguration of(JsonNode plan) {
    PlanConfiguration c = new PlanConfiguration();
    c.walkModule(plan.path("configuration").path("root_module"), "");
    return c;
  }

  Optional<Set<String>> paths(String addressWithoutIndexes) {
    return Optional.ofNullable(configured.get(addressWithoutIndexes));
  }

  private void walkModule(JsonNode module, String prefix) {
    for (JsonNode r : module.path("resources")) {
      Set<String> paths = new LinkedHashSet<>();
      expressions(r.path("expressions"), "", paths);
      configured.put(prefix + r.path("address").asText(), paths);
    }
    module.path("module_calls").fields().forEachRemaining(e ->
        walkModule(e.getValue().path("module"), prefix + "module." + e.getKey() + "."));
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
