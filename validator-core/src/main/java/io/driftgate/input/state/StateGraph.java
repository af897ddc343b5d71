package io.driftgate.input.state;

import io.driftgate.input.terraform.TerraformConfig;
import io.driftgate.input.terraform.TerraformMapper;
import io.driftgate.input.terraform.TfResource;
import io.driftgate.model.Attr;
import io.driftgate.model.Location;
import io.driftgate.model.ResourceGraph;
import java.util.List;
import java.util.Map;

/** Terraform state as resources of the model: what the last apply made true, addressed as in Terraform. */
public final class StateGraph {
  private StateGraph() {}

  public static ResourceGraph of(TerraformState state) {
    List<TfResource> resources = state.resources().values().stream()
        .map(s -> new TfResource(s.type(), s.address(), new Location.CloudLocation(s.address()), s.attributes(), Map.of(),
            Attr.absent(), Attr.absent()))
        .toList();
    return TerraformMapper.toGraph(new TerraformConfig(resources, List.of()));
  }
}
