package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.stringMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.input.hcl.Value;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A workload's user labels, however an input writes them: Terraform's {@code labels} (magic-modules'
 * {@code KeyValueLabels}, as in {@code mmv1/products/cloudrunv2/Service.yaml} and {@code
 * mmv1/products/cloudrun/Service.yaml}'s {@code metadata.labels}: only what the configuration sets,
 * never {@code effective_labels}, everything on the resource, nor {@code terraform_labels}, with the
 * provider's {@code default_labels}), and the REST JSON's {@code labels} of Cloud Asset Inventory
 * and the live read (Cloud Run Admin v2 {@code Service.labels}, "User-provided labels",
 * https://cloud.google.com/run/docs/reference/rest/v2/projects.locations.services;
 * https://cloud.google.com/run/docs/configuring/services/labels). The keys Google adds itself ({@code
 * goog-*}, such as the provider's {@code goog-terraform-provisioned} or {@code goog-managed-by}; {@code
 * cloud.googleapis.com/*}, such as Cloud Run v1's {@code cloud.googleapis.com/location}) are
 * dropped, so that what Terraform writes and what the live read returns compare.
 */
final class Labels {
  private Labels() {}

  /**
   * The labels at {@code name} of {@code node}: known-empty when none are written; unknown when the
   * block, the map, or one of its values is not known before apply (a label that may be {@code
   * env = "prod"} is not left out).
   */
  static Attr<Map<String, String>> of(TfNode node, String name) {
    if (node.isUnknown()) {
      return Attr.unknown(node.unknownReason());
    }
    TfNode labels = node.get(name);
    if (labels.isUnknown()) {
      return Attr.unknown(labels.unknownReason());
    }
    if (!(labels.value() instanceof Value.MapV m)) {
      return labels.isMissing() ? Attr.known(Map.of()) : Attr.unknown("labels is not a map");
    }
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, Value> e : m.entries().entrySet()) {
      Attr<String> v = new TfNode(e.getValue()).asStr();
      if (v.isUnknown()) {
        return Attr.unknown("label " + e.getKey() + ": " + ((Attr.Unknown<String>) v).reason());
      }
      v.known().ifPresent(s -> out.put(e.getKey(), s));
    }
    return Attr.known(userOnly(out));
  }

  /** The labels at {@code field} of REST JSON {@code n}: known-empty when it has none. */
  static Attr<Map<String, String>> of(JsonNode n, String field) {
    return Attr.known(userOnly(stringMap(n, field)));
  }

  /** {@code labels} without the keys Google adds itself, sorted by key. */
  static Map<String, String> userOnly(Map<String, String> labels) {
    Map<String, String> out = new TreeMap<>(labels);
    out.keySet().removeIf(k -> k.startsWith("goog-") || k.startsWith("cloud.googleapis.com/"));
    return Collections.unmodifiableMap(out);
  }
}
