package io.vpcgate.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.model.Attr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads REST JSON fields into {@link Attr}s: a missing field is absent, a field of the wrong type
 * is malformed input ({@link MalformedAssetException}).
 */
public final class Json {
  private Json() {}

  public static Attr<String> str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Attr.absent();
    }
    if (!v.isValueNode() || v.isBinary()) {
      throw new MalformedAssetException(field + " must be a string, got " + v.getNodeType().name().toLowerCase());
    }
    return Attr.known(v.asText());
  }

  /** Integers arrive as numbers, as strings (int64 fields), or as whole doubles (Struct values). */
  public static Attr<Integer> integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Attr.absent();
    }
    if (v.isIntegralNumber()) {
      return Attr.known(v.intValue());
    }
    // Cloud Asset Inventory's API returns resource.data as a protobuf Struct, whose numbers are doubles.
    if (v.isFloatingPointNumber() && v.doubleValue() == Math.rint(v.doubleValue()) && Math.abs(v.doubleValue()) < 1e9) {
      return Attr.known((int) v.doubleValue());
    }
    if (v.isTextual() && v.asText().matches("-?\\d{1,9}")) {
      return Attr.known(Integer.parseInt(v.asText()));
    }
    throw new MalformedAssetException(field + " must be an integer, got " + v);
  }

  public static Attr<Boolean> bool(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Attr.absent();
    }
    if (!v.isBoolean()) {
      throw new MalformedAssetException(field + " must be true or false, got " + v);
    }
    return Attr.known(v.booleanValue());
  }

  public static JsonNode obj(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    if (!v.isObject()) {
      throw new MalformedAssetException(field + " must be an object");
    }
    return v;
  }

  public static List<JsonNode> array(JsonNode n, String field) {
    JsonNode v = n.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new MalformedAssetException(field + " must be an array");
    }
    v.forEach(out::add);
    return out;
  }

  public static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array(n, field)) {
      if (!v.isTextual()) {
        throw new MalformedAssetException(field + " must hold strings");
      }
      out.add(v.asText());
    }
    return out;
  }

  public static Map<String, String> stringMap(JsonNode n, String field) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode v = obj(n, field);
    v.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  /** The last path segment of a name or URL: {@code .../regions/us-central1} → us-central1. */
  public static String last(String s) {
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
