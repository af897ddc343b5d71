package io.vpcgate.input.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcgate.kind.Asset;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.MalformedAssetException;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Coverage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a snapshot covered. {@code vpcgate snapshot} writes it as one more asset, which Cloud Asset
 * tools ignore as an unknown type: {@code {"name": "//vpcgate/coverage", "assetType":
 * "vpcgate/Coverage", "resource": {"version": "1", "data": {"read": [{"kind": "redis_instance",
 * "assetType": "redis.googleapis.com/Instance", "project": "acme", "region": "*"}, ...]}}}}, with
 * {@code "complete": true} when it read every kind of every project it holds (a Cloud Asset
 * Inventory read of a whole scope). A
 * plain Cloud Asset Inventory export does not say whether it was filtered by asset type, so it
 * covers a kind for a project only where it holds an asset of that kind's service for that project
 * (any {@code redis.googleapis.com} asset of project acme covers acme's Redis instances), or, when
 * the user declares the export complete, every kind for every project it holds.
 */
public final class CoverageRecord {
  public static final String ASSET_TYPE = "vpcgate/Coverage";
  public static final String NAME = "//vpcgate/coverage";

  private CoverageRecord() {}

  /** The coverage asset {@code vpcgate snapshot} writes. */
  public static ObjectNode asset(Coverage coverage, boolean complete) {
    ObjectNode asset = JsonNodeFactory.instance.objectNode();
    asset.put("name", NAME);
    asset.put("assetType", ASSET_TYPE);
    ObjectNode resource = asset.putObject("resource");
    resource.put("version", "1");
    ObjectNode data = resource.putObject("data");
    if (complete) {
      data.put("complete", true);
    }
    var read = data.putArray("read");
    coverage.read().stream()
        .sorted(java.util.Comparator.comparing(Coverage.Read::project).thenComparing(Coverage.Read::kind)
            .thenComparing(Coverage.Read::region))
        .forEach(r -> {
          ObjectNode n = read.addObject().put("kind", r.kind());
          Kinds.named(r.kind()).flatMap(Kind::assetType).ifPresent(t -> n.put("assetType", t));
          n.put("project", r.project()).put("region", r.region());
        });
    return asset;
  }

  /** Whether an asset of {@link #ASSET_TYPE} declares its snapshot complete for every project it holds. */
  static boolean declaresComplete(Asset a) {
    return a.data() != null && a.data().path("complete").asBoolean(false);
  }

  /** The coverage an asset of {@link #ASSET_TYPE} declares. */
  static Coverage declared(Asset a) {
    List<Coverage.Read> out = new ArrayList<>();
    JsonNode read = a.data() == null ? null : a.data().get("read");
    if (read == null || !read.isArray()) {
      throw new MalformedAssetException("resource.data.read must be an array of {kind, project, region}");
    }
    for (JsonNode r : read) {
      String kind = r.path("kind").asText("");
      String project = r.path("project").asText("");
      String region = r.path("region").asText("");
      if (kind.isEmpty() || project.isEmpty() || region.isEmpty()) {
        throw new MalformedAssetException("each read needs kind, project and region");
      }
      out.add(new Coverage.Read(kind, project, region));
    }
    return Coverage.of(out);
  }

  /**
   * What a plain export covers: each kind whose asset type shares its service with an asset of a
   * project, in every region of that project (every kind Cloud Asset Inventory exports, when {@code
   * complete}: never one that only the live read lists); IAM policies of
   * the projects it holds policies for; and the kinds read with a covered kind.
   */
  static Coverage inferred(List<Asset> assets, boolean complete) {
    Set<Coverage.Read> out = new LinkedHashSet<>();
    Set<List<String>> done = new HashSet<>(); // (project, service) pairs whose kinds are in already
    for (Asset a : assets) {
      String project = a.segment("projects");
      if (project == null || a.assetType().equals(ASSET_TYPE)) {
        continue;
      }
      String service = service(a.assetType());
      if (done.add(List.of(project, service))) {
        for (Kind<?> k : Kinds.ALL) {
          boolean sameService = k.assetType().map(t -> service(t).equals(service)).orElse(false);
          if (k.inCloudAsset() && (complete || sameService)) {
            out.add(new Coverage.Read(k.name(), project, Coverage.ALL_REGIONS));
          }
        }
      }
      if (a.iamPolicy() != null) {
        out.add(new Coverage.Read(io.vpcgate.model.IamPolicy.KIND, project, Coverage.ALL_REGIONS));
      }
    }
    return withReadWith(out);
  }

  /** Adds the kinds read with a covered kind (a NAT with its router) where that kind is covered. */
  static Coverage withReadWith(Set<Coverage.Read> read) {
    Set<Coverage.Read> out = new LinkedHashSet<>(read);
    for (Kind<?> k : Kinds.ALL) {
      k.readWith().ifPresent(with -> read.stream().filter(r -> r.kind().equals(with))
          .forEach(r -> out.add(new Coverage.Read(k.name(), r.project(), r.region()))));
    }
    return new Coverage(out);
  }

  private static String service(String assetType) {
    int slash = assetType.indexOf('/');
    return slash < 0 ? assetType : assetType.substring(0, slash);
  }
}
