package io.vpcgate.input.snapshot;

import io.vpcgate.kind.Asset;
import io.vpcgate.kind.MalformedAssetException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Project number → project id, from the snapshot's {@code cloudresourcemanager.googleapis.com/Project}
 * assets. Cloud Asset Inventory names projects, secrets and IAM policies by project number; the
 * rest of the model (and Terraform) uses ids, so names are translated where the snapshot says how.
 */
final class ProjectNumbers {
  private static final Pattern NUMBER = Pattern.compile("(^|/)projects/(\\d+)(?=/|$)");
  private final Map<String, String> ids;

  private ProjectNumbers(Map<String, String> ids) {
    this.ids = Map.copyOf(ids);
  }

  static ProjectNumbers of(List<Asset> assets) {
    Map<String, String> ids = new HashMap<>();
    for (Asset a : assets) {
      if (a.assetType().equals("cloudresourcemanager.googleapis.com/Project") && a.data() != null && a.data().isObject()) {
        JsonNode number = a.data().get("projectNumber");
        JsonNode id = a.data().get("projectId");
        if (number != null && id != null && id.isTextual()) {
          ids.put(number.asText(), id.asText());
        }
      }
    }
    return new ProjectNumbers(ids);
  }

  /** {@code //x.googleapis.com/projects/123/...} with 123 replaced by its id when known. */
  String inName(String name) {
    Matcher m = NUMBER.matcher(name);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String id = ids.get(m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "projects/" + (id == null ? m.group(2) : id)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
