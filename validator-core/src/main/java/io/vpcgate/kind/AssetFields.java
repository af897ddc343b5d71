package io.vpcgate.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Origin;
import io.vpcgate.model.ResourceId;
import java.util.Optional;

/**
 * One Cloud Asset Inventory asset as a kind descriptor maps it: the asset (name, type, location),
 * its REST JSON ({@link Json} reads fields; a field of the wrong type is malformed input), its
 * origin, and the identity helpers every kind shares.
 */
public final class AssetFields {
  private final Asset asset;

  public AssetFields(Asset asset) {
    this.asset = asset;
  }

  public Asset asset() {
    return asset;
  }

  /** The REST API's own JSON. */
  public JsonNode data() {
    return asset.data();
  }

  public Origin origin() {
    return Origin.live(asset.resourceName());
  }

  /** The identity by the asset name's project and last segment, in {@code region}. */
  public ResourceId id(String kind, String region) {
    return ResourceId.of(kind, asset.segment("projects"), region, asset.shortName());
  }

  /** The region: the data's {@code region}, else the name's regions/ or locations/ segment, else the asset's location. */
  public String region() {
    Attr<String> r = Json.str(data(), "region");
    if (r.isKnown()) {
      return Json.last(r.known().get());
    }
    String seg = asset.segment("regions");
    if (seg == null) {
      seg = asset.segment("locations");
    }
    return seg != null ? seg : asset.location();
  }

  /** The network a field of {@code d} names (a name, path or self link); absent when the field is. */
  public Attr<NetworkRef> network(JsonNode d, String field) {
    Attr<String> text = Json.str(d, field);
    if (!text.isKnown()) {
      return Attr.absent();
    }
    return NetworkRef.parse(text.known().get(), Optional.ofNullable(asset.segment("projects")))
        .<Attr<NetworkRef>>map(Attr::known)
        .orElseThrow(() -> new MalformedAssetException(field + " is not a network name: " + text.known().get()));
  }
}
