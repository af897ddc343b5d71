package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One resource as a Cloud Asset Inventory asset, in the shape {@code gcloud asset list
 * --format=json} prints: {@code name} ({@code //SERVICE/RESOURCE_NAME}), {@code assetType} and
 * {@code resource {version, location, data}}, where data is the API's REST JSON. Protobuf messages
 * are printed with their JSON names, which is what the REST APIs return.
 */
public final class CaiAsset {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

  private CaiAsset() {}

  public static ObjectNode of(String service, String resourceName, String assetType, String version, String location,
      JsonNode data) {
    ObjectNode asset = JSON.createObjectNode();
    asset.put("name", "//" + service + "/" + resourceName);
    asset.put("assetType", assetType);
    ObjectNode resource = asset.putObject("resource");
    resource.put("version", version);
    if (location != null && !location.isEmpty()) {
      resource.put("location", location);
    }
    resource.set("data", data);
    return asset;
  }

  /** A protobuf message as the REST API's JSON. */
  public static ObjectNode json(MessageOrBuilder message) {
    try {
      return (ObjectNode) JSON.readTree(PRINTER.print(message));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("cannot print " + message.getClass().getSimpleName() + " as JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON text (a REST client's model object, printed) as a tree. */
  public static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The asset's location ({@code resource.location}): a region, "global", or empty. */
  public static String location(ObjectNode asset) {
    return asset.path("resource").path("location").asText();
  }

  /** The regions the assets are in (not "global"), each once. */
  public static java.util.List<String> regions(java.util.List<ObjectNode> assets) {
    return assets.stream().map(CaiAsset::location).filter(r -> !r.isEmpty() && !r.equals("global")).distinct().toList();
  }

  /** The last segment of a path or URL: {@code .../regions/us-central1} → us-central1. */
  public static String last(String s) {
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
