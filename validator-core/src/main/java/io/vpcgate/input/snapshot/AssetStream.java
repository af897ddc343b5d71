package io.vpcgate.input.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.vpcgate.input.InputException;
import io.vpcgate.input.InputShape;
import io.vpcgate.kind.Asset;
import io.vpcgate.kinds.Kinds;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Cloud Asset records as a stream: a JSON array ({@code gcloud asset list --format=json}),
 * newline-delimited assets ({@code gcloud asset export}) or one pretty-printed asset, without ever
 * holding the whole text. Only the assets of types vpcgate reads are kept whole; of every other
 * asset, its content is skipped unparsed and only what coverage needs is kept (its API and project,
 * and whether it carries an IAM policy), once per API and project. So memory follows the relevant
 * assets, not the file.
 */
final class AssetStream {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();
  /** The content types of a Cloud Asset record besides the resource (the export's --content-type). */
  static final Set<String> OTHER_CONTENT = Set.of("iamPolicy", "iam_policy", "orgPolicy", "org_policy",
      "v2OrgPolicies", "v2_org_policies", "accessPolicy", "access_policy", "accessLevel", "access_level",
      "servicePerimeter", "service_perimeter", "osInventory", "os_inventory", "relatedAssets", "related_assets");
  private static final String PROJECT = "cloudresourcemanager.googleapis.com/Project";

  private final String source;
  private final List<Asset> kept = new ArrayList<>();
  /** One stand-in per (asset type, project, has policy) of the assets not kept: what coverage reads of them. */
  private final Map<String, Asset> seen = new LinkedHashMap<>();
  private int count;

  private AssetStream(String source) {
    this.source = source;
  }

  /** The assets of {@code in} vpcgate reads, and a stand-in for each API and project of the others. */
  static List<Asset> read(Reader in, String source) {
    AssetStream s = new AssetStream(source);
    try (JsonParser p = FACTORY.createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new InputException(source + ": empty snapshot (expected a JSON array or NDJSON assets)");
      }
      if (first == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          s.asset(p, false);
        }
        if (p.nextToken() != null) {
          throw new InputException(source + ":" + line(p) + ": more after the JSON array of assets");
        }
      } else {
        boolean firstValue = true;
        for (JsonToken t = first; t != null; t = p.nextToken()) {
          s.asset(p, firstValue);
          firstValue = false;
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(source + ":" + line + ": invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(source + ": cannot read: " + e.getMessage(), e);
    }
    List<Asset> out = new ArrayList<>(s.kept);
    out.addAll(s.seen.values());
    return out;
  }

  /** One asset at the parser's current token; the first value of a file may be a plan or state given here. */
  private void asset(JsonParser p, boolean firstValue) throws IOException {
    int index = count++;
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new InputException(source + ":" + line(p) + ": asset #" + (index + 1) + " is not a JSON object");
    }
    if (firstValue) {
      // A plan or state (terraform show -json) is one object: read it whole to say what it is.
      JsonNode whole = JSON.readTree(p);
      InputShape shape = InputShape.require(whole, source, InputShape.SNAPSHOT);
      if (shape == InputShape.OTHER && !whole.has("name")) {
        throw new InputException(source + ": one JSON object that is not a Cloud Asset asset; expected a JSON array of "
            + "assets (gcloud asset list --format=json) or one asset per line (gcloud asset export)");
      }
      keep(whole, index);
      return;
    }
    String name = null;
    String type = null;
    JsonNode resource = null;
    JsonNode policy = null;
    JsonNode ancestors = null;
    boolean other = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> name = p.getValueAsString();
        case "assetType", "asset_type" -> type = p.getValueAsString();
        case "resource" -> resource = type != null && !relevant(type) ? skip(p) : JSON.readTree(p);
        case "iamPolicy", "iam_policy" -> {
          policy = type != null && !relevant(type) ? NullNode.getInstance() : JSON.readTree(p);
          if (policy.isNull()) {
            p.skipChildren();
          }
        }
        case "ancestors" -> ancestors = JSON.readTree(p);
        default -> {
          other |= OTHER_CONTENT.contains(field);
          p.skipChildren();
        }
      }
    }
    if (name == null || type == null) {
      throw new InputException(source + ": asset #" + (index + 1) + " has no name or assetType");
    }
    if (relevant(type)) {
      kept.add(SnapshotReader.asset(name, type, resource, policy, ancestors, other));
    } else {
      stand(name, type, policy != null);
    }
  }

  private void keep(JsonNode n, int index) {
    String name = SnapshotReader.text(n, "name");
    String type = SnapshotReader.text(n, "assetType", "asset_type");
    if (name == null || type == null) {
      throw new InputException(source + ": asset #" + (index + 1) + " has no name or assetType");
    }
    JsonNode policy = n.has("iamPolicy") ? n.get("iamPolicy") : n.get("iam_policy");
    if (relevant(type)) {
      kept.add(SnapshotReader.asset(name, type, n.get("resource"), policy, n.get("ancestors"),
          OTHER_CONTENT.stream().anyMatch(n::has)));
    } else {
      stand(name, type, policy != null);
    }
  }

  /** Keeps what coverage reads of an asset vpcgate does not map: its type, its project and whether it has a policy. */
  private void stand(String name, String type, boolean hasPolicy) {
    Asset a = new Asset(name, type, null, null, hasPolicy ? NullNode.getInstance() : null, List.of());
    String project = a.segment("projects");
    if (project == null) {
      return;
    }
    String service = type.contains("/") ? type.substring(0, type.indexOf('/')) : type;
    seen.putIfAbsent(service + "|" + project + "|" + hasPolicy,
        new Asset("//" + service + "/projects/" + project, type, null, null, hasPolicy ? NullNode.getInstance() : null,
            List.of()));
  }

  /** Whether vpcgate maps assets of {@code type} (or reads their policy, their project number, or their coverage). */
  static boolean relevant(String type) {
    return Kinds.forAssetType(type).isPresent() || AssetMapper.POLICY_TYPES.contains(type) || type.equals(PROJECT)
        || type.equals(CoverageRecord.ASSET_TYPE);
  }

  private static JsonNode skip(JsonParser p) throws IOException {
    p.skipChildren();
    return MissingNode.getInstance();
  }

  private static int line(JsonParser p) {
    return p.currentLocation().getLineNr();
  }
}
