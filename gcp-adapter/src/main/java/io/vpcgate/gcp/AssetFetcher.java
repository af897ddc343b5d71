package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.asset.v1.AssetServiceClient;
import com.google.cloud.asset.v1.ContentType;
import com.google.cloud.asset.v1.ListAssetsRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Live state at organisation scale: one Cloud Asset Inventory {@code assets.list} over an
 * organisation, folder or project, for the asset types of the kinds vpcgate reads, and one for the IAM
 * policies of projects, their ancestors and secrets. The assets are already in the snapshot format.
 */
final class AssetFetcher {
  /** The asset types of every kind in the registry. */
  static final List<String> RESOURCE_TYPES = io.vpcgate.kinds.Kinds.assetTypes();
  static final List<String> POLICY_TYPES = List.of("cloudresourcemanager.googleapis.com/Project",
      "cloudresourcemanager.googleapis.com/Folder", "cloudresourcemanager.googleapis.com/Organization",
      "secretmanager.googleapis.com/Secret");

  private AssetFetcher() {}

  static List<ObjectNode> assets(Clients clients, String scope, ContentType content, int pageSize, Calls calls)
      throws IOException {
    ListAssetsRequest request = ListAssetsRequest.newBuilder().setParent(scope).setContentType(content)
        .addAllAssetTypes(content == ContentType.IAM_POLICY ? POLICY_TYPES : RESOURCE_TYPES)
        .setPageSize(Math.min(pageSize, 1000)).build();
    List<ObjectNode> out = new ArrayList<>();
    var pages = clients.assets().listAssets(request).iteratePages();
    for (AssetServiceClient.ListAssetsPage page : PageTokens.follow(pages, calls)) {
      page.getValues().forEach(a -> out.add(CaiAsset.json(a)));
    }
    return out;
  }
}
