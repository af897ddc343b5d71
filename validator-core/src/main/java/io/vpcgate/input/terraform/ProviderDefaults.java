package io.vpcgate.input.terraform;

import io.vpcgate.model.Attr;

/** The project and region a google provider configuration gives the resources that use it. */
record ProviderDefaults(Attr<String> project, Attr<String> region) {
  static final ProviderDefaults NONE = new ProviderDefaults(Attr.absent(), Attr.absent());

  /** This configuration, falling back to {@code base} for what it does not set. */
  ProviderDefaults over(ProviderDefaults base) {
    return new ProviderDefaults(project.isAbsent() ? base.project : project, region.isAbsent() ? base.region : region);
  }
}
