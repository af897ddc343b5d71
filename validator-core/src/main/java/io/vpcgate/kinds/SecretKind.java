package io.vpcgate.kinds;

import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.Attr;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Secret Manager secrets ({@code google_secret_manager_secret}), named by {@code secret_id}; read from Cloud Asset Inventory only. */
public final class SecretKind implements Kind<Secret> {

  @Override
  public String name() {
    return Secret.KIND;
  }

  @Override
  public Class<Secret> type() {
    return Secret.class;
  }

  @Override
  public String title() {
    return "Secret Manager secret";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_secret_manager_secret");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("secretmanager.googleapis.com/Secret");
  }

  @Override
  public String nameAttribute(String type) {
    return "secret_id";
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return Map.of("id", "projects/" + project + "/secrets/" + name);
  }

  @Override
  public Secret fromTerraform(TerraformFields t) {
    return new Secret(t.origin(), new ResourceId(Secret.KIND, t.project(), Attr.known("global"), t.node().str("secret_id")));
  }

  @Override
  public Optional<Secret> fromAsset(AssetFields a) {
    return Optional.of(new Secret(a.origin(), a.id(Secret.KIND, "global")));
  }
}
