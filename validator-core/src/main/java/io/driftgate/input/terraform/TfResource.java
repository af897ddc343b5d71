package io.driftgate.input.terraform;

import io.driftgate.input.hcl.Value;
import io.driftgate.model.Attr;
import io.driftgate.model.Location;
import java.util.Map;

/**
 * One evaluated resource instance: its Terraform type and address, its configuration as a value
 * (nested blocks are lists of objects), the location of each attribute path, and the provider's
 * default project and region.
 */
public record TfResource(String type, String address, Location location, Value.MapV config,
    Map<String, Location> attributeLocations, Attr<String> providerProject, Attr<String> providerRegion) {
  public TfResource {
    attributeLocations = Map.copyOf(attributeLocations);
  }
}
