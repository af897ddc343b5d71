package io.vpcgate.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcgate.model.Attr;
import io.vpcgate.model.EgressPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Cloud Run v1's {@code run.googleapis.com/network-interfaces} annotation: a JSON list of {@code
 * {"network": ..., "subnetwork": ..., "tags": [...]}}. Text that is not that list counts as one
 * interface whose network and subnetwork are unknown.
 */
final class NetworkInterfaces {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NetworkInterfaces() {}

  static List<EgressPath.NetworkInterface> parse(String annotation) {
    try {
      JsonNode list = JSON.readTree(annotation);
      if (list != null && list.isArray() && list.size() > 0) {
        List<EgressPath.NetworkInterface> out = new ArrayList<>();
        for (JsonNode i : list) {
          List<String> tags = new ArrayList<>();
          i.path("tags").forEach(t -> tags.add(t.asText()));
          out.add(new EgressPath.NetworkInterface(text(i, "network"), text(i, "subnetwork"), tags));
        }
        return out;
      }
    } catch (java.io.IOException e) {
      // not JSON: one interface we cannot read
    }
    return List.of(new EgressPath.NetworkInterface(Attr.unknown("network-interfaces annotation is not a JSON list"),
        Attr.unknown("network-interfaces annotation is not a JSON list"), List.of()));
  }

  private static Attr<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Attr.absent() : Attr.known(v.asText());
  }
}
