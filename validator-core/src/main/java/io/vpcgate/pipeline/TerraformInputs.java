package io.vpcgate.pipeline;

import io.vpcgate.input.terraform.TerraformConfig;
import io.vpcgate.model.ResourceGraph;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A root module's Terraform as the rules see it: what exists after apply ({@code desired}), what
 * the plan deletes, what the last apply made true (state; the plan's prior state), the notes on
 * what could not be evaluated, and the evaluated configuration (its .tf files hold the suppression
 * comments).
 */
public record TerraformInputs(TerraformConfig config, ResourceGraph desired, ResourceGraph deleted,
    Optional<ResourceGraph> lastApplied, Optional<ResourceGraph> planPrior) {

  /** The regions the Terraform's resources are in (a live read looks there besides where the project shows any). */
  public java.util.Set<String> regions() {
    return desired.resources().stream().flatMap(r -> r.id().region().known().stream())
        .filter(r -> !r.equals("global")).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  /**
   * The projects the Terraform's resources are in, which is all a read of an organisation's asset
   * table needs; empty (read every project) when one resource's project is not known before apply.
   */
  public java.util.Set<String> projects() {
    if (desired.resources().stream().anyMatch(r -> r.id().project().known().isEmpty())) {
      return java.util.Set.of();
    }
    return desired.resources().stream().flatMap(r -> r.id().project().known().stream())
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  public List<String> notes() {
    return config.notes();
  }
}
