package io.vpcgate.input.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Terraform state: what Terraform manages, by address, with the ids the provider recorded. */
public record TerraformState(Map<String, StateResource> resources) {
  public TerraformState {
    resources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resources)); // file order
  }

  static TerraformState of(List<StateResource> list) {
    Map<String, StateResource> m = new LinkedHashMap<>();
    list.forEach(r -> m.put(r.address(), r));
    return new TerraformState(m);
  }

  public Optional<StateResource> get(String address) {
    return Optional.ofNullable(resources.get(address));
  }
}
