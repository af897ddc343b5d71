package io.vpcgate.input.state;

import io.vpcgate.input.terraform.TerraformConfig;
import io.vpcgate.input.terraform.TerraformMapper;
import io.vpcgate.input.terraform.TfResource;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Location;
import io.vpcgate.model.ResourceGraph;
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
