package io.vpcgate.input.terraform;

import java.util.Set;

/**
 * The resource blocks a configuration declares, module-qualified and without instance keys
 * ({@code module.net.google_compute_network.vpc}), and the module calls whose blocks are not known
 * because no instance of them was evaluated (count 0 or unknown, not downloaded): what a plan made
 * from this configuration may hold.
 */
public record Declared(Set<String> resources, Set<String> opaqueModules) {
  /** Nothing is known of what is declared (a configuration not read from HCL). */
  public static final Declared UNKNOWN = new Declared(Set.of(), Set.of(""));

  public Declared {
    resources = Set.copyOf(resources);
    opaqueModules = Set.copyOf(opaqueModules);
  }

  /** Whether {@code address} (without instance keys) could be declared here. */
  public boolean mayDeclare(String address) {
    return resources.contains(address) || opaqueModules.stream().anyMatch(address::startsWith);
  }
}
