package io.vpcgate.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One Cloud Asset Inventory asset: its full name, type, location, the REST API's own JSON (absent
 * in an IAM policy export), its IAM policy (absent in a resource export) and its ancestors.
 */
public record Asset(String name, String assetType, String location, JsonNode data, JsonNode iamPolicy, List<String> ancestors) {
  public Asset {
    ancestors = List.copyOf(ancestors);
  }

  public Asset(String name, String assetType, String location, JsonNode data) {
    this(name, assetType, location, data, null, List.of());
  }

  /** The segment after {@code key/} in the asset name, e.g. {@code projects} → the project id. */
  public String segment(String key) {
    String[] parts = name.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals(key)) {
        return parts[i + 1];
      }
    }
    return null;
  }

  /** The short resource name: the last path segment. */
  public String shortName() {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** The API resource name without the {@code //service.googleapis.com/} prefix. */
  public String resourceName() {
    int i = name.indexOf(".googleapis.com/");
    return i >= 0 ? name.substring(i + ".googleapis.com/".length()) : name;
  }

  /** The same asset with project numbers in its name and ancestors replaced by project ids. */
  public Asset withProjectIds(java.util.function.UnaryOperator<String> ids) {
    return new Asset(ids.apply(name), assetType, location, data, iamPolicy, ancestors.stream().map(ids).toList());
  }
}
