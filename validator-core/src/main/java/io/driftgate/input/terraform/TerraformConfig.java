package io.driftgate.input.terraform;

import java.util.List;

/** An evaluated root module: its resource instances, and notes on what could not be evaluated. */
public record TerraformConfig(List<TfResource> resources, List<String> notes) {
  public TerraformConfig {
    resources = List.copyOf(resources);
    notes = List.copyOf(notes);
  }
}
