package io.driftgate.model;

import java.util.Map;

/**
 * Where a resource was declared or read: its public name (Terraform address, or API resource name
 * when Terraform does not manage it), the location of its block, and of each attribute by path
 * ({@code template.containers[0].env[1].value}).
 */
public record Origin(String address, Side side, Location location, Map<String, Location> attributes) {
  public Origin {
    attributes = Map.copyOf(attributes);
  }

  public static Origin live(String resourceName) {
    return new Origin(resourceName, Side.LIVE, new Location.CloudLocation(resourceName), Map.of());
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
