package io.vpcgate.model;

/**
 * One version of a secret: the secret's id, the version (a number; unknown before apply for a
 * version Terraform creates) and its state (ENABLED, DISABLED, DESTROYED).
 */
public record SecretVersion(Origin origin, ResourceId id, Attr<String> secret, Attr<String> version, Attr<String> state)
    implements Resource {
  public static final String KIND = "secret_version";

  @Override
  public String terraformType() {
    return "google_secret_manager_secret_version";
  }
}
