package io.vpcgate.input.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Terraform's JSON values (a plan's {@code after}/{@code before}, state attributes) into a
 * {@link Value}, with masks shaped like the value: a leaf {@code after_unknown} marks becomes
 * "known after apply"; a leaf the sensitivity mask marks becomes unknown too, so that no sensitive
 * value can reach a report. Either mask may be null.
 */
public final class JsonValues {
  public static final String SENSITIVE = "sensitive value (not read)";

  private JsonValues() {}

  public static Value convert(JsonNode value, JsonNode unknown, JsonNode sensitive) {
    if (unknown != null && unknown.isBoolean() && unknown.booleanValue()) {
      return new Value.Unknown("known after apply");
    }
    if (sensitive != null && sensitive.isBoolean() && sensitive.booleanValue()) {
      return new Value.Unknown(SENSITIVE);
    }
    if (value == null || value.isNull() || value.isMissingNode()) {
      return Value.NULL;
    }
    if (value.isObject()) {
      Map<String, Value> out = new LinkedHashMap<>();
      value.fields().forEachRemaining(e -> out.put(e.getKey(),
          convert(e.getValue(), child(unknown, e.getKey()), child(sensitive, e.getKey()))));
      if (unknown != null && unknown.isObject()) {
        unknown.fields().forEachRemaining(e -> {
          if (!out.containsKey(e.getKey()) || out.get(e.getKey()).isNull()) {
            if (e.getValue().isBoolean() && e.getValue().booleanValue()) {
              out.put(e.getKey(), new Value.Unknown("known after apply"));
            }
          }
        });
      }
      return new Value.MapV(out);
    }
    if (value.isArray()) {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        out.add(convert(value.get(i), element(unknown, i), element(sensitive, i)));
      }
      return new Value.ListV(out);
    }
    if (value.isBoolean()) {
      return new Value.Bool(value.booleanValue());
    }
    if (value.isNumber()) {
      return new Value.Num(value.decimalValue());
    }
    return Value.str(value.asText());
  }

  private static JsonNode child(JsonNode mask, String key) {
    return mask != null && mask.isObject() ? mask.get(key) : null;
  }

  private static JsonNode element(JsonNode mask, int i) {
    return mask != null && mask.isArray() && i < mask.size() ? mask.get(i) : null;
  }
}
