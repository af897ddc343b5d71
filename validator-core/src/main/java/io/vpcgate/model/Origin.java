package io.vpcgate.model;

import java.util.Map;

/**
 * Where a resource was declared or read: its public name (Terraform address, or API resource name
 * when Terraform does not manage it), the location of its block, and of each attribute by path
 * ({@code template.containers[0].env[1].value}); for Terraform resources read from a plan, what the
 * plan does to it; its {@code lifecycle ignore_changes}; and the Terraform resources it refers to
 * ({@code depends_on} and references, addresses without instance keys: {@code
 * google_service_networking_connection.psa}), so rules can tell an ordering Terraform knows.
 */
public record Origin(String address, Side side, Location location, Map<String, Location> attributes,
    PlannedChange change, java.util.List<String> ignoreChanges, java.util.List<String> references,
    Map<String, Location> valuesSetAt) {
  public Origin {
    attributes = Map.copyOf(attributes);
    ignoreChanges = java.util.List.copyOf(ignoreChanges);
    references = java.util.List.copyOf(references);
    valuesSetAt = Map.copyOf(valuesSetAt);
  }

  public Origin(String address, Side side, Location location, Map<String, Location> attributes, PlannedChange change,
      java.util.List<String> ignoreChanges, java.util.List<String> references) {
    this(address, side, location, attributes, change, ignoreChanges, references, Map.of());
  }

  /**
   * Where the value at {@code path} was set, when it is a module variable as it is ({@code value =
   * var.redis_host}): the tfvars line, the caller's module argument or the variable's default. A finding
   * about the value points there, with the use as a related location.
   */
  public java.util.Optional<Location> setAt(String path) {
    return java.util.Optional.ofNullable(valuesSetAt.get(path));
  }

  public Origin(String address, Side side, Location location, Map<String, Location> attributes, PlannedChange change,
      java.util.List<String> ignoreChanges) {
    this(address, side, location, attributes, change, ignoreChanges, java.util.List.of());
  }

  public Origin(String address, Side side, Location location, Map<String, Location> attributes) {
    this(address, side, location, attributes, PlannedChange.NONE, java.util.List.of());
  }

  public Origin(String address, Side side, Location location, Map<String, Location> attributes, PlannedChange change) {
    this(address, side, location, attributes, change, java.util.List.of());
  }

  /**
   * Whether {@code lifecycle { ignore_changes }} covers the attribute path (paths compare without
   * list indexes: {@code template.annotations} covers {@code template[0].annotations}); "*" is {@code all}.
   */
  public boolean ignoresChanges(String path) {
    String p = Addresses.withoutIndexes(path);
    return ignoreChanges.stream().anyMatch(i -> i.equals("*") || p.equals(i) || p.startsWith(i + "."));
  }

  /**
   * Whether this resource refers to (or depends on) the resource at {@code address}, directly or
   * through the module that holds it ({@code depends_on = [module.psa]} covers {@code
   * module.psa.google_service_networking_connection.c}).
   */
  public boolean refersTo(String address) {
    if (references.isEmpty()) {
      return false; // a live resource refers to nothing by address: no need to normalise one (an audit asks per store)
    }
    String a = Addresses.withoutIndexes(address);
    return references.stream().map(Addresses::withoutIndexes)
        .anyMatch(r -> a.equals(r) || r.startsWith("module.") && a.startsWith(r + "."));
  }

  public static Origin live(String resourceName) {
    return new Origin(resourceName, Side.LIVE, new Location.CloudLocation(resourceName), Map.of());
  }

  /**
   * Whether the configuration sets {@code path} (an attribute, or a nested block such as {@code
   * subnet[0]}); empty when this origin does not know what was configured (a live resource, or a
   * plan without its configuration). A plan's values include provider-computed attributes that
   * nobody configured, so "set both A and B" checks ask this rather than the values.
   */
  public java.util.Optional<Boolean> configured(String path) {
    if (attributes.isEmpty()) {
      return java.util.Optional.empty();
    }
    if (attributes.containsKey(path)) {
      return java.util.Optional.of(true); // the path itself, before a look at every path under something
    }
    for (String k : attributes.keySet()) {
      if (k.startsWith(path)
          && (k.length() == path.length() || k.charAt(path.length()) == '.' || k.charAt(path.length()) == '[')) {
        return java.util.Optional.of(true); // path itself, or under it: without building "path." and "path[" per key
      }
    }
    return java.util.Optional.of(false);
  }

  /** The attribute's location, else its closest enclosing attribute's, else the block's. */
  public Location at(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Location l = attributes.get(p);
      if (l != null) {
        return l;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return location;
  }
}
