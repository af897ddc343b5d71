package io.vpcgate.model;

/**
 * A project as Resource Manager lists it: its id and number. Cloud Run's service agent and the
 * default compute service account are named by number, and some APIs return numbers in names.
 */
public record Project(Origin origin, ResourceId id, Attr<String> number) implements Resource {
  public static final String KIND = "project";

  @Override
  public String terraformType() {
    return "google_project";
  }
}
