package io.vpcgate.input.state;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.input.terraform.TerraformConfig;
import io.vpcgate.input.terraform.TfResource;
import io.vpcgate.model.Attr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills what the configuration cannot know about a resource Terraform already manages (its
 * project or region when the provider takes them from the environment) from the state, so that it
 * joins its live twin. Values the configuration knows are never overridden.
 */
public final class StateIdentity {
  private StateIdentity() {}

  public static TerraformConfig fill(TerraformConfig config, TerraformState state) {
    List<TfResource> out = new ArrayList<>();
    for (TfResource r : config.resources()) {
      out.add(state.get(r.address()).map(s -> fill(r, s)).orElse(r));
    }
    return new TerraformConfig(out, config.notes(), config.suppressionSources(), config.dataSources(), config.unread(),
        config.declared(), config.moduleSources());
  }

  private static TfResource fill(TfResource r, StateResource s) {
    Map<String, Value> values = new LinkedHashMap<>(r.config().entries());
    boolean changed = false;
    changed |= take(values, s, "name", Attr.absent());
    changed |= take(values, s, "project", r.providerProject());
    changed |= take(values, s, "region", r.providerRegion());
    changed |= take(values, s, "location", Attr.absent());
    if (!changed) {
      return r;
    }
    return r.withConfig(new Value.MapV(values, r.config().missing()));
  }

  /**
   * Takes the state's value when the configuration leaves it out (or null) with no known default:
   * what the environment gave the last apply. A value the configuration computes but that is unknown
   * before apply is not taken from state: after apply it may differ, and identity never rests on a guess.
   */
  private static boolean take(Map<String, Value> values, StateResource s, String key, Attr<String> fallback) {
    Value current = values.getOrDefault(key, Value.NULL);
    boolean unknown = current.isNull() && !fallback.isKnown();
    Value fromState = s.attributes().get(key);
    if (!unknown || !(fromState instanceof Value.Str)) {
      return false;
    }
    values.put(key, fromState);
    return true;
  }
}
