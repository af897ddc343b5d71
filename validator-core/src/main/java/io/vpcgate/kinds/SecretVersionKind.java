package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.str;

import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.Attr;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.SecretVersion;
import java.util.List;
import java.util.Optional;

/**
 * Secret versions ({@code google_secret_manager_secret_version}): the secret they belong to, their
 * number (known after apply for a version Terraform creates) and state; read from Cloud Asset Inventory only.
 */
public final class SecretVersionKind implements Kind<SecretVersion> {

  @Override
  public String name() {
    return SecretVersion.KIND;
  }

  @Override
  public Class<SecretVersion> type() {
    return SecretVersion.class;
  }

  @Override
  public String title() {
    return "Secret Manager secret version";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_secret_manager_secret_version");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("secretmanager.googleapis.com/SecretVersion");
  }

  @Override
  public SecretVersion fromTerraform(TerraformFields t) {
    Attr<String> secret = t.node().str("secret");
    Attr<String> project = secret.known().filter(x -> x.startsWith("projects/"))
        .<Attr<String>>map(x -> Attr.known(x.split("/")[1])).orElse(t.project());
    Attr<Boolean> enabled = t.node().bool("enabled");
    return new SecretVersion(t.origin(),
        new ResourceId(SecretVersion.KIND, project, Attr.known("global"), Attr.known(t.address())),
        secret.map(x -> x.substring(x.lastIndexOf('/') + 1)), Attr.unknown("known after apply"),
        enabled.isAbsent() ? Attr.known("ENABLED") : enabled.map(e -> e ? "ENABLED" : "DISABLED"));
  }

  @Override
  public Optional<SecretVersion> fromAsset(AssetFields a) {
    return Optional.of(new SecretVersion(a.origin(), ResourceId.of(SecretVersion.KIND, a.asset().segment("projects"),
        "global", a.asset().segment("secrets") + "/" + a.asset().shortName()),
        Attr.ofNullable(a.asset().segment("secrets")), Attr.known(a.asset().shortName()), str(a.data(), "state")));
  }
}
