package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.kind.Kind;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Attr;
import java.util.Map;
import java.util.Optional;

/**
 * Attributes the provider derives from configuration alone (each kind's descriptor gives their
 * formats: a network's id is {@code projects/{project}/global/networks/{name}}), so references like
 * {@code google_compute_network.vpc.id} resolve before apply. Everything else a configuration does
 * not set stays "known after apply".
 */
final class ComputedAttributes {
  private ComputedAttributes() {}

  static void add(String type, Map<String, Value> attrs, Attr<String> providerProject, Attr<String> providerRegion) {
    Optional<Kind<?>> kind = Kinds.forTerraformType(type);
    if (kind.isEmpty()) {
      return;
    }
    String name = str(attrs.get(kind.get().nameAttribute(type)));
    // null is unset: the provider's default applies, as when the attribute is left out.
    String project = set(attrs, "project") ? str(attrs.get("project")) : providerProject.known().orElse(null);
    String region = set(attrs, "region") ? str(attrs.get("region"))
        : set(attrs, "location") ? str(attrs.get("location")) : providerRegion.known().orElse(null);
    if (name == null || project == null) {
      return;
    }
    if (!set(attrs, "project")) {
      attrs.put("project", Value.str(project));
    }
    kind.get().derived(type, project, Optional.ofNullable(region), name).forEach((k, v) -> attrs.put(k, Value.str(v)));
  }

  private static boolean set(Map<String, Value> attrs, String name) {
    return attrs.containsKey(name) && !attrs.get(name).isNull();
  }

  private static String str(Value v) {
    return v == null || !v.isWhollyKnown() ? null : v.asString().orElse(null);
  }
}
