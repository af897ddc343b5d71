package io.vpcgate.gcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.bigquery.FieldValue;
import com.google.cloud.bigquery.FieldValueList;
import io.vpcgate.input.InputException;

/**
 * One row of an asset table as the Cloud Asset asset a snapshot holds ({@code name}, {@code
 * assetType}, {@code resource {location, data}}, {@code ancestors}), so that it maps through the
 * same reader as {@code --snapshot}. {@code resource.data} must be a JSON object: a row whose data
 * does not parse is an input error naming the table and the asset, as a malformed snapshot is.
 */
final class AssetRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AssetRows() {}

  static ObjectNode asset(FieldValueList row, AssetTable table) {
    String name = text(row.get("name"));
    String type = text(row.get("assetType"));
    ObjectNode asset = JSON.createObjectNode();
    asset.put("name", name);
    asset.put("assetType", type);
    ObjectNode resource = asset.putObject("resource");
    String location = text(row.get("location"));
    if (location != null && !location.isEmpty()) {
      resource.put("location", location);
    }
    String data = text(row.get("data"));
    if (data != null) {
      resource.set("data", parse(data, table, name));
    }
    FieldValue ancestors = row.get("ancestors");
    if (!ancestors.isNull()) {
      ArrayNode out = asset.putArray("ancestors");
      ancestors.getRepeatedValue().forEach(a -> out.add(a.getStringValue()));
    }
    return asset;
  }

  private static JsonNode parse(String data, AssetTable table, String name) {
    try {
      return JSON.readTree(data);
    } catch (JsonProcessingException e) {
      throw new InputException(table + ": row " + name + ": resource.data is not JSON (" + e.getOriginalMessage() + ")");
    }
  }

  private static String text(FieldValue v) {
    return v == null || v.isNull() ? null : v.getStringValue();
  }
}
