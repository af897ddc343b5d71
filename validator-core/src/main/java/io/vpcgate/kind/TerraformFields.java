package io.vpcgate.kind;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Attr;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Origin;
import io.vpcgate.model.ResourceId;
import java.util.Optional;

/**
 * One evaluated Terraform resource as a kind descriptor maps it: its type, its values (nested
 * blocks are lists of objects; null and missing are absent, unknown stays unknown), its origin, and
 * the identity helpers every kind shares (the provider's project and region as defaults, networks
 * however they are written).
 */
public final class TerraformFields {
  private final String type;
  private final TfNode node;
  private final Origin origin;
  private final Attr<String> providerProject;
  private final Attr<String> providerRegion;
  private final java.util.Map<String, java.util.List<String>> references;

  public TerraformFields(String type, Value.MapV values, Origin origin, Attr<String> providerProject,
      Attr<String> providerRegion) {
    this(type, values, origin, providerProject, providerRegion, java.util.Map.of());
  }

  /** {@code references}: by attribute path, the resource attributes each value is computed from. */
  public TerraformFields(String type, Value.MapV values, Origin origin, Attr<String> providerProject,
      Attr<String> providerRegion, java.util.Map<String, java.util.List<String>> references) {
    this.references = java.util.Map.copyOf(references);
    this.type = type;
    this.node = new TfNode(values);
    this.origin = origin;
    this.providerProject = providerProject;
    this.providerRegion = providerRegion;
  }

  public String type() {
    return type;
  }

  public TfNode node() {
    return node;
  }

  public Origin origin() {
    return origin;
  }

  /** The resource attributes the value at {@code path} is computed from ({@code google_redis_instance.cache.host}). */
  public java.util.List<String> referencesAt(String path) {
    return references.getOrDefault(path, java.util.List.of());
  }

  public String address() {
    return origin.address();
  }

  /** {@code project}, else the provider's. */
  public Attr<String> project() {
    Attr<String> p = node.str("project");
    return p.isAbsent() ? providerProject : p;
  }

  /** {@code region}, else {@code location}, else the provider's region. */
  public Attr<String> region() {
    Attr<String> region = node.str("region");
    if (region.isAbsent()) {
      region = node.str("location");
    }
    return region.isAbsent() ? providerRegion : region;
  }

  /** The identity by {@code name}, in the resource's region. */
  public ResourceId id(String kind) {
    return new ResourceId(kind, project(), region(), node.str("name"));
  }

  /** The identity of a global resource. */
  public ResourceId globalId(String kind) {
    return new ResourceId(kind, project(), Attr.known("global"), node.str("name"));
  }

  /** A network reference (a name, a path or a self link) in the resource's project. */
  public Attr<NetworkRef> network(Attr<String> text) {
    Optional<String> project = project().known();
    if (text.isKnown()) {
      return NetworkRef.parse(text.known().get(), project)
          .<Attr<NetworkRef>>map(Attr::known).orElse(Attr.unknown("not a network reference: " + text.known().get()));
    }
    return text.map(t -> new NetworkRef("", t));
  }

  /** The network an attribute names. */
  public Attr<NetworkRef> network(String attribute) {
    return network(node.str(attribute));
  }
}
