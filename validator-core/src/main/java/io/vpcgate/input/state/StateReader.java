package io.vpcgate.input.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.JsonValues;
import io.vpcgate.input.hcl.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Terraform state in either form: {@code terraform show -json} (values.root_module with
 * child_modules) or a raw version-4 {@code .tfstate} (resources with instances). Sensitive
 * attributes are made unknown and never kept.
 */
public final class StateReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StateReader() {}

  public static TerraformState read(Path file) {
    return parse(io.vpcgate.input.InputText.read(file).text(), file.toString());
  }

  public static TerraformState parse(String text, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(source + ":" + line + ": invalid JSON: " + e.getOriginalMessage());
    }
    io.vpcgate.input.InputShape.require(root, source, io.vpcgate.input.InputShape.STATE);
    return of(root, source);
  }

  /**
   * The state a plan was made against ({@code prior_state}: the form of {@code terraform show
   * -json}, refreshed when the plan refreshed), empty when the plan has none (a first apply).
   */
  public static java.util.Optional<TerraformState> priorState(JsonNode plan, String source) {
    JsonNode prior = plan.get("prior_state");
    return prior == null || !prior.isObject() ? java.util.Optional.empty()
        : java.util.Optional.of(of(prior, source + " prior_state"));
  }

  private static TerraformState of(JsonNode root, String source) {
    List<StateResource> out = new ArrayList<>();
    if (root != null && root.has("values") && root.has("format_version")) {
      walkShown(root.path("values").path("root_module"), out);
    } else if (root != null && root.path("version").asInt() == 4 && root.has("resources")) {
      readRaw(root.path("resources"), out, source);
    } else if (root != null && root.has("format_version") && !root.has("values")) {
      return TerraformState.of(out); // terraform show -json of an empty state
    } else {
      throw new InputException(source + ": not Terraform state (expected terraform show -json, or a version 4 .tfstate)");
    }
    return TerraformState.of(out);
  }

  private static void walkShown(JsonNode module, List<StateResource> out) {
    for (JsonNode r : module.path("resources")) {
      if (!"managed".equals(r.path("mode").asText())) {
        continue;
      }
      out.add(resource(r.path("address").asText(), r.path("type").asText(), r.path("values"), r.path("sensitive_values")));
    }
    for (JsonNode child : module.path("child_modules")) {
      walkShown(child, out);
    }
  }

  private static void readRaw(JsonNode resources, List<StateResource> out, String source) {
    for (JsonNode r : resources) {
      if (!"managed".equals(r.path("mode").asText())) {
        continue;
      }
      String base = (r.hasNonNull("module") ? r.get("module").asText() + "." : "") + r.path("type").asText() + "." + r.path("name").asText();
      for (JsonNode inst : r.path("instances")) {
        JsonNode key = inst.get("index_key");
        String address = key == null ? base : key.isNumber() ? base + "[" + key.asInt() + "]" : base + "[\"" + key.asText() + "\"]";
        if (!inst.path("attributes").isObject()) {
          throw new InputException(source + ": " + address + " has no attributes");
        }
        out.add(resource(address, r.path("type").asText(), inst.path("attributes"), mask(inst.path("sensitive_attributes"))));
      }
    }
  }

  /** v4's sensitive_attributes (lists of get_attr/index steps) as a mask shaped like the values. */
  private static JsonNode mask(JsonNode paths) {
    ObjectNode mask = JsonNodeFactory.instance.objectNode();
    for (JsonNode path : paths) {
      JsonNode first = path.isArray() && path.size() > 0 ? path.get(0) : null;
      if (first != null && "get_attr".equals(first.path("type").asText())) {
        mask.set(first.path("value").asText(), BooleanNode.TRUE); // the whole attribute: never partly kept
      }
    }
    return mask;
  }

  private static StateResource resource(String address, String type, JsonNode values, JsonNode sensitive) {
    Value v = JsonValues.convert(values, null, sensitive);
    Value.MapV attrs = v instanceof Value.MapV m ? m : new Value.MapV(java.util.Map.of());
    String id = attrs.get("id").asString().orElse("");
    return new StateResource(address, type, id, attrs);
  }
}
