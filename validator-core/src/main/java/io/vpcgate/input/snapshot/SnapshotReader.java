package io.vpcgate.input.snapshot;

import io.vpcgate.kind.Asset;
import io.vpcgate.kind.MalformedAssetException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcgate.input.InputException;
import io.vpcgate.model.Coverage;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Cloud Asset Inventory document into the live graph: a JSON array of assets with
 * camelCase keys ({@code gcloud asset list --format=json}) or newline-delimited assets with
 * snake_case keys ({@code gcloud asset export}), of resources or of IAM policies (both may be
 * concatenated). Unknown asset types are ignored; a known type with malformed data is an input error
 * naming the asset. Project numbers in names become ids where the snapshot's Project assets say how.
 */
public final class SnapshotReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotReader() {}

  public static ResourceGraph read(Path file) {
    return readSnapshot(file, false).graph();
  }

  /** The snapshot in {@code file}; {@code complete}: the user declares it an unfiltered export. */
  public static Snapshot readSnapshot(Path file, boolean complete) {
    String text;
    text = io.vpcgate.input.InputText.read(file).text();
    return parseSnapshot(text, file.toString(), complete);
  }

  public static ResourceGraph parse(String text, String source) {
    return parseSnapshot(text, source, false).graph();
  }

  /**
   * The graph and what the snapshot covered: what a coverage asset declares, else what a plain
   * export implies (see {@link CoverageRecord}).
   */
  public static Snapshot parseSnapshot(String text, String source, boolean complete) {
    List<JsonNode> assets = new ArrayList<>();
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new InputException(source + ": empty snapshot (expected a JSON array or NDJSON assets)");
    }
    java.util.Optional<JsonNode> whole = trimmed.startsWith("{") ? wholeObject(trimmed) : java.util.Optional.empty();
    if (trimmed.startsWith("[")) {
      JsonNode root = parseJson(trimmed, source, 0);
      root.forEach(assets::add);
    } else if (whole.isPresent()) {
      // One JSON object over several lines: a single asset, or a file meant for another option.
      JsonNode root = whole.get();
      java.util.Optional<InputException> misplaced = io.vpcgate.input.InputShape.of(root)
          .misplaced(source, io.vpcgate.input.InputShape.SNAPSHOT);
      if (misplaced.isPresent()) {
        throw misplaced.get();
      }
      if (io.vpcgate.input.InputShape.of(root) != io.vpcgate.input.InputShape.SNAPSHOT) {
        throw new InputException(source + ": one JSON object that is not a Cloud Asset asset; expected a JSON array of "
            + "assets (gcloud asset list --format=json) or one asset per line (gcloud asset export)");
      }
      assets.add(root);
    } else {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          assets.add(parseJson(lines[i], source, i + 1));
        }
      }
    }
    if (!assets.isEmpty()) {
      // terraform show -json prints one line: a plan or state given here reads like NDJSON of one object.
      java.util.Optional<InputException> misplaced = io.vpcgate.input.InputShape.of(assets.get(0))
          .misplaced(source, io.vpcgate.input.InputShape.SNAPSHOT);
      if (misplaced.isPresent()) {
        throw misplaced.get();
      }
    }
    List<Asset> read = new ArrayList<>();
    for (int i = 0; i < assets.size(); i++) {
      read.add(asset(assets.get(i), source, i));
    }
    ProjectNumbers ids = ProjectNumbers.of(read);
    List<Resource> out = new ArrayList<>();
    List<Asset> assetsById = new ArrayList<>();
    Coverage declared = null;
    boolean declaredComplete = false;
    for (Asset raw : read) {
      Asset asset = raw.withProjectIds(ids::inName);
      assetsById.add(asset);
      try {
        if (asset.assetType().equals(CoverageRecord.ASSET_TYPE)) {
          declared = (declared == null ? Coverage.NONE : declared).plus(CoverageRecord.declared(asset));
          declaredComplete |= CoverageRecord.declaresComplete(asset);
        } else {
          out.addAll(AssetMapper.map(asset));
        }
      } catch (MalformedAssetException e) {
        throw new InputException(source + ": asset " + asset.name() + " (" + asset.assetType() + "): " + e.getMessage());
      }
    }
    Coverage coverage = declared == null ? CoverageRecord.inferred(assetsById, complete)
        : CoverageRecord.withReadWith(declared.read()).plus(declaredComplete
            ? CoverageRecord.inferred(assetsById, true) : Coverage.NONE);
    List<String> notes = declared != null && complete
        ? List.of(source + " records what it covered (a vpcgate snapshot): --snapshot-complete, which describes a "
            + "plain Cloud Asset export, is ignored")
        : List.of();
    return new Snapshot(new ResourceGraph(out), coverage, notes);
  }

  /** The text as one JSON object when it is exactly one (a pretty-printed object spans lines, unlike NDJSON). */
  private static java.util.Optional<JsonNode> wholeObject(String text) {
    if (text.indexOf('\n') < 0) {
      return java.util.Optional.empty(); // one line: NDJSON of one asset, read as such
    }
    try {
      JsonNode n = JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(text);
      return n != null && n.isObject() ? java.util.Optional.of(n) : java.util.Optional.empty();
    } catch (java.io.IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static JsonNode parseJson(String text, String source, int line) {
    try {
      JsonNode n = JSON.readTree(text);
      if (n == null) {
        throw new InputException(source + (line > 0 ? ":" + line : "") + ": no JSON value");
      }
      return n;
    } catch (JsonProcessingException e) {
      int at = line > 0 ? line : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(source + ":" + at + ": invalid JSON: " + e.getOriginalMessage());
    }
  }

  /** The content types of a Cloud Asset record besides the resource (the export's --content-type). */
  private static final List<String> OTHER_CONTENT = List.of("iamPolicy", "iam_policy", "orgPolicy", "org_policy",
      "v2OrgPolicies", "v2_org_policies", "accessPolicy", "access_policy", "accessLevel", "access_level",
      "servicePerimeter", "service_perimeter", "osInventory", "os_inventory", "relatedAssets", "related_assets");

  private static Asset asset(JsonNode n, String source, int index) {
    if (!n.isObject()) {
      throw new InputException(source + ": asset #" + (index + 1) + " is not a JSON object");
    }
    String name = text(n, "name");
    String type = text(n, "assetType", "asset_type");
    if (name == null || type == null) {
      throw new InputException(source + ": asset #" + (index + 1) + " has no name or assetType");
    }
    JsonNode resource = n.get("resource");
    // No resource but another content type (an IAM, org-policy, access-policy or inventory record of the asset):
    // nothing to map. A resource without its data, or a record with no content at all, is malformed (MissingNode),
    // an error for a kind vpcgate reads.
    boolean otherContent = OTHER_CONTENT.stream().anyMatch(n::has);
    JsonNode data = resource == null && otherContent ? null
        : resource != null && resource.has("data") ? resource.get("data")
        : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    String location = resource == null ? null : text(resource, "location");
    JsonNode policy = n.has("iamPolicy") ? n.get("iamPolicy") : n.get("iam_policy");
    List<String> ancestors = new ArrayList<>();
    JsonNode anc = n.get("ancestors");
    if (anc != null && anc.isArray()) {
      anc.forEach(x -> ancestors.add(x.asText()));
    }
    return new Asset(name, type, location, data, policy, ancestors);
  }

  private static String text(JsonNode n, String... keys) {
    for (String k : keys) {
      JsonNode v = n.get(k);
      if (v != null && v.isTextual()) {
        return v.asText();
      }
    }
    return null;
  }
}
