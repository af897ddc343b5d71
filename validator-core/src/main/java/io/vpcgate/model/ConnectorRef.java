package io.vpcgate.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workload's connector reference: {@code projects/P/locations/R/connectors/C} (v2's documented
 * form), or a short name that means the service's own project and region (v1, gcloud).
 */
public record ConnectorRef(boolean fullyQualified, Attr<String> project, Attr<String> region, String name) {
  private static final Pattern FULL = Pattern.compile("^projects/([^/]+)/locations/([^/]+)/connectors/([^/]+)$");
  private static final Pattern SHORT = Pattern.compile("^[a-z][-a-z0-9]*$");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  public static Optional<ConnectorRef> of(Workload svc) {
    Optional<String> text = svc.egress().connector().known();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = FULL.matcher(text.get());
    if (m.matches()) {
      return Optional.of(new ConnectorRef(true, Attr.known(m.group(1)), Attr.known(m.group(2)), m.group(3)));
    }
    if (SHORT.matcher(text.get()).matches()) {
      return Optional.of(new ConnectorRef(false, svc.id().project(), svc.id().region(), text.get()));
    }
    return Optional.empty();
  }

  /** The connector this reference names in {@code world}, if it is there. */
  public Optional<VpcConnector> resolve(ResourceGraph world) {
    if (usesProjectNumber()) {
      return Optional.empty();
    }
    return world.first(VpcConnector.class, id());
  }

  public ResourceId id() {
    return new ResourceId(VpcConnector.KIND, project, region, Attr.known(name));
  }

  /** Project numbers cannot be matched to project ids without the Resource Manager API. */
  public boolean usesProjectNumber() {
    return project.known().map(p -> NUMBER.matcher(p).matches()).orElse(false);
  }

  public String describe() {
    return project.known().orElse("?") + "/" + region.known().orElse("?") + "/" + name;
  }
}
