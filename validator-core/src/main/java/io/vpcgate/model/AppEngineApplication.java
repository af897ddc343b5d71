package io.vpcgate.model;

/**
 * A project's App Engine application ({@code google_app_engine_application}): its {@code
 * location_id} is where every version of the project runs, so the versions' region comes from it.
 * Identified by its project (a project has at most one application).
 */
public record AppEngineApplication(Origin origin, ResourceId id, Attr<String> locationId) implements Resource {
  public static final String KIND = "app_engine_application";
  public static final Field LOCATION_ID = new Field("location_id");

  @Override
  public String terraformType() {
    return "google_app_engine_application";
  }
}
