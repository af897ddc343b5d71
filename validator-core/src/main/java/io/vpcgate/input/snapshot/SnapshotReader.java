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
    return readSnapshots(List.of(file), complete);
  }

  /**
   * The snapshot in {@code inputs}, read as one: files (gzip when named .gz) and directories of
   * shards (as {@code gcloud asset export --output-path-prefix} writes them), streamed.
   */
  public static Snapshot readSnapshots(List<Path> inputs, boolean complete) {
    List<Asset> read = new ArrayList<>();
    for (Path input : inputs) {
      for (Path file : shards(input)) {
        try (java.io.Reader in = reader(file)) {
          read.addAll(AssetStream.read(in, file.toString()));
        } catch (IOException e) {
          throw io.vpcgate.input.IoErrors.reading(file, e);
        }
      }
    }
    return snapshot(read, inputs.size() == 1 ? inputs.get(0).toString() : "the snapshots", complete);
  }

  /** {@code input} itself, or the regular files of a directory of shards, in name order. */
  private static List<Path> shards(Path input) {
    if (!Files.isDirectory(input)) {
      if (!Files.exists(input)) {
        throw new InputException(input + ": no such file");
      }
      return List.of(input);
    }
    try (java.util.stream.Stream<Path> files = Files.list(input)) {
      List<Path> out = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted().toList();
      if (out.isEmpty()) {
        throw new InputException(input + ": a directory with no snapshot files");
      }
      return out;
    } catch (IOException e) {
      throw new InputException(input + ": cannot list directory: " + e.getMessage(), e);
    }
  }

  private static java.io.Reader reader(Path file) throws IOException {
    java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
    if (file.getFileName().toString().endsWith(".gz")) {
      try {
        in = new java.util.zip.GZIPInputStream(in, 1 << 16);
      } catch (IOException e) {
        in.close(); // not gzip after all: the file is not left open
        throw e;
      }
    }
    return new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
  }

  public static ResourceGraph parse(String text, String source) {
    return parseSnapshot(text, source, false).graph();
  }

  /**
   * The graph and what the snapshot covered: what a coverage asset declares, else what a plain
   * export implies (see {@link CoverageRecord}).
   */
  public static Snapshot parseSnapshot(String text, String source, boolean complete) {
    return snapshot(AssetStream.read(new java.io.StringReader(text), source), source, complete);
  }

  private static Snapshot snapshot(List<Asset> read, String source, boolean complete) {
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

  /**
   * An asset from its parts. No resource but another content type (an IAM, org-policy, access-policy
   * or inventory record of the asset): nothing to map. A resource without its data, or a record with
   * no content at all, is malformed (MissingNode), an error for a kind vpcgate reads.
   */
  static Asset asset(String name, String type, JsonNode resource, JsonNode policy, JsonNode ancestorsNode,
      boolean otherContent) {
    JsonNode data = resource == null && (otherContent || policy != null) ? null
        : resource != null && resource.has("data") ? resource.get("data")
        : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    String location = resource == null ? null : text(resource, "location");
    List<String> ancestors = new ArrayList<>();
    if (ancestorsNode != null && ancestorsNode.isArray()) {
      ancestorsNode.forEach(x -> ancestors.add(x.asText()));
    }
    return new Asset(name, type, location, data, policy, ancestors);
  }

  static String text(JsonNode n, String... keys) {
    for (String k : keys) {
      JsonNode v = n.get(k);
      if (v != null && v.isTextual()) {
        return v.asText();
      }
    }
    return null;
  }
}
