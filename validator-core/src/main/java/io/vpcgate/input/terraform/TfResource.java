package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Location;
import io.vpcgate.model.PlannedChange;
import java.util.Map;

/**
 * One evaluated resource instance: its Terraform type and address, its configuration as a value
 * (nested blocks are lists of objects), the location of each attribute path it sets (one whose value is null is
 * not set: null is unset), the provider's
 * default project and region, (from a plan) what the plan does to it, its {@code lifecycle
 * ignore_changes}, the resources it refers to ({@code depends_on} and references in its
 * expressions, as module-qualified addresses without instance keys), and, by attribute path, the
 * resource attributes each value is computed from ({@link AttributeReferences}), and where the values of
 * attributes that are plain variables were set ({@code valueLocations}: a tfvars line, a module argument, a
 * default).
 */
public record TfResource(String type, String address, Location location, Value.MapV config,
    Map<String, Location> attributeLocations, Attr<String> providerProject, Attr<String> providerRegion,
    PlannedChange change, java.util.List<String> ignoreChanges, java.util.List<String> references,
    Map<String, java.util.List<String>> attributeReferences, Map<String, Location> valueLocations) {
  public TfResource {
    attributeLocations = Map.copyOf(attributeLocations);
    ignoreChanges = java.util.List.copyOf(ignoreChanges);
    references = java.util.List.copyOf(references);
    attributeReferences = Map.copyOf(attributeReferences);
    valueLocations = Map.copyOf(valueLocations);
  }

  public TfResource(String type, String address, Location location, Value.MapV config,
      Map<String, Location> attributeLocations, Attr<String> providerProject, Attr<String> providerRegion,
      PlannedChange change, java.util.List<String> ignoreChanges, java.util.List<String> references,
      Map<String, java.util.List<String>> attributeReferences) {
    this(type, address, location, config, attributeLocations, providerProject, providerRegion, change, ignoreChanges,
        references, attributeReferences, Map.of());
  }

  public TfResource(String type, String address, Location location, Value.MapV config,
      Map<String, Location> attributeLocations, Attr<String> providerProject, Attr<String> providerRegion,
      PlannedChange change, java.util.List<String> ignoreChanges, java.util.List<String> references) {
    this(type, address, location, config, attributeLocations, providerProject, providerRegion, change, ignoreChanges,
        references, Map.of());
  }

  public TfResource(String type, String address, Location location, Value.MapV config,
      Map<String, Location> attributeLocations, Attr<String> providerProject, Attr<String> providerRegion,
      PlannedChange change, java.util.List<String> ignoreChanges) {
    this(type, address, location, config, attributeLocations, providerProject, providerRegion, change, ignoreChanges,
        java.util.List.of());
  }

  public TfResource(String type, String address, Location location, Value.MapV config,
      Map<String, Location> attributeLocations, Attr<String> providerProject, Attr<String> providerRegion) {
    this(type, address, location, config, attributeLocations, providerProject, providerRegion, PlannedChange.NONE,
        java.util.List.of());
  }

  public TfResource(String type, String address, Location location, Value.MapV config,
      Map<String, Location> attributeLocations, Attr<String> providerProject, Attr<String> providerRegion,
      PlannedChange change) {
    this(type, address, location, config, attributeLocations, providerProject, providerRegion, change, java.util.List.of());
  }

  /** The same resource with another configuration value (state fills identity, plans align lists). */
  public TfResource withConfig(Value.MapV other) {
    return new TfResource(type, address, location, other, attributeLocations, providerProject, providerRegion, change,
        ignoreChanges, references, attributeReferences, valueLocations);
  }
}
