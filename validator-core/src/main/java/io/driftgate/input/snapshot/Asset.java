package io.driftgate.input.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

/** One Cloud Asset Inventory asset: its full name, type, location and the REST API's own JSON. */
record Asset(String name, String assetType, String location, JsonNode data) {

  /** The segment after {@code key/} in the asset name, e.g. {@code projects} → the project id. */
  String segment(String key) {
    String[] parts = name.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals(key)) {
        return parts[i + 1];
      }
    }
    return null;
  }

  /** The short resource name: the last path segment. */
  String shortName() {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** The API resource name without the {@code //service.googleapis.com/} prefix. */
  String resourceName() {
    int i = name.indexOf(".googleapis.com/");
    return i >= 0 ? name.substring(i + ".googleapis.com/".length()) : name;
  }
}
