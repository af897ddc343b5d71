package io.vpcgate.input.snapshot;

import io.vpcgate.kind.Asset;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.MalformedAssetException;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Maps one asset into the core model: its resource through the kinds registry, and its IAM policy. */
final class AssetMapper {
  private AssetMapper() {}

  /** Whose IAM policies the rules read: projects and their ancestors, and secrets. */
  static final Set<String> POLICY_TYPES = Set.of("cloudresourcemanager.googleapis.com/Project",
      "cloudresourcemanager.googleapis.com/Folder", "cloudresourcemanager.googleapis.com/Organization",
      "secretmanager.googleapis.com/Secret");

  /** The resource an asset describes and, from an IAM policy export, its policy. */
  static List<Resource> map(Asset a) {
    List<Resource> out = new ArrayList<>();
    if (a.iamPolicy() != null && POLICY_TYPES.contains(a.assetType())) {
      out.add(IamPolicyMapper.map(a));
    }
    Optional<Kind<?>> kind = Kinds.forAssetType(a.assetType());
    if (kind.isEmpty() || a.data() == null) {
      return out; // not a resource record (an IAM or org-policy export of the asset), or a kind vpcgate does not read
    }
    if (a.data() == null || !a.data().isObject()) {
      throw new MalformedAssetException("resource.data is missing or not an object");
    }
    kind.get().fromAsset(new AssetFields(a)).ifPresent(out::add);
    return out;
  }
}
