package io.vpcgate.input.terraform;

import io.vpcgate.kind.Kind;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.DataSourceRead;
import io.vpcgate.model.Origin;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps evaluated Terraform resources into the core model through the kinds registry; types no kind
 * declares are ignored.
 */
public final class TerraformMapper {
  private TerraformMapper() {}

  /** The resources that exist after apply (a plan's deletions left out). */
  public static ResourceGraph toGraph(TerraformConfig config) {
    List<Resource> out = new ArrayList<>();
    for (TfResource r : config.resources()) {
      if (!r.change().deletes()) {
        map(r).ifPresent(out::add);
      }
    }
    List<DataSourceRead> reads = new ArrayList<>();
    for (TfResource d : config.dataSources()) {
      Kinds.forDataSourceType(d.type()).ifPresent(k -> reads.add(new DataSourceRead(d.address(), k.fromTerraform(
          new TerraformFields(d.type(), d.config(), Origin.live(d.address()), d.providerProject(), d.providerRegion()))
          .id())));
    }
    return new ResourceGraph(out, reads);
  }

  /** The resources a plan deletes (as they are before apply). */
  public static ResourceGraph deleted(TerraformConfig config) {
    List<Resource> out = new ArrayList<>();
    for (TfResource r : config.resources()) {
      if (r.change().deletes()) {
        map(r).ifPresent(out::add);
      }
    }
    return new ResourceGraph(out);
  }

  static Optional<Resource> map(TfResource r) {
    Optional<Kind<?>> kind = Kinds.forTerraformType(r.type());
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Origin origin = new Origin(r.address(), Side.DESIRED, r.location(),
        r.attributeLocations(), r.change(),
        r.ignoreChanges(), r.references(), r.valueLocations());
    return Optional.of(kind.get().fromTerraform(
        new TerraformFields(r.type(), r.config(), origin, r.providerProject(), r.providerRegion(),
            r.attributeReferences())));
  }
}
