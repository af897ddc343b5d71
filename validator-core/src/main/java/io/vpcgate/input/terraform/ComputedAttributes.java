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
    String project = attrs.containsKey("project") ? str(attrs.get("project")) : providerProject.known().orElse(null);
    String region = attrs.containsKey("region") ? str(attrs.get("region"))
        : attrs.containsKey("location") ? str(attrs.get("location")) : providerRegion.known().orElse(null);
    if (name == null || project == null) {
      return;
    }
    attrs.putIfAbsent("project", Value.str(project));
    kind.get().derived(type, project, Optional.ofNullable(region), name).forEach((k, v) -> attrs.put(k, Value.str(v)));
  }

  private static String str(Value v) {
    return v == null || !v.isWhollyKnown() ? null : v.asString().orElse(null);
  }
}
