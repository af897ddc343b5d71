package io.vpcgate.model;

/** A Secret Manager secret ({@code google_secret_manager_secret}); its id is (project, "global", secret id). */
public record Secret(Origin origin, ResourceId id) implements Resource {
  public static final String KIND = "secret";

  @Override
  public String terraformType() {
    return "google_secret_manager_secret";
  }
}
