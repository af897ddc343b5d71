package io.vpcgate.model;

import java.util.Objects;

/**
 * The identity that joins Terraform and live resources: kind (the Terraform type family, e.g.
 * {@code vpc_connector}), project, region (or "global") and name.
 */
public record ResourceId(String kind, Attr<String> project, Attr<String> region, Attr<String> name) {

  public static ResourceId of(String kind, String project, String region, String name) {
    return new ResourceId(kind, Attr.ofNullable(project), Attr.ofNullable(region), Attr.ofNullable(name));
  }

  /**
   * True if both could be the same resource: same kind and name, and project and region equal
   * wherever both sides know them.
   */
  public boolean sameAs(ResourceId other) {
    return kind.equals(other.kind)
        && name.isKnown() && name.equals(other.name)
        && compatible(project, other.project)
        && compatible(region, other.region);
  }

  private static boolean compatible(Attr<String> a, Attr<String> b) {
    return !a.isKnown() || !b.isKnown() || Objects.equals(a, b);
  }

  public String nameOr(String fallback) {
    return name.known().orElse(fallback);
  }

  public String projectOr(String fallback) {
    return project.known().orElse(fallback);
  }

  public String regionOr(String fallback) {
    return region.known().orElse(fallback);
  }
}
