package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.str;

import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.Field;
import io.vpcgate.model.GlobalAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Global addresses ({@code google_compute_global_address}); with purpose VPC_PEERING, Private Service Access ranges. */
public final class GlobalAddressKind implements Kind<GlobalAddress> {

  @Override
  public String name() {
    return GlobalAddress.KIND;
  }

  @Override
  public Class<GlobalAddress> type() {
    return GlobalAddress.class;
  }

  @Override
  public String title() {
    return "global address";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_compute_global_address");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("compute.googleapis.com/GlobalAddress");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(Compute.list("global addresses", "globalAddresses.list", LiveList.Span.GLOBAL));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return Compute.ids("projects/" + project + "/global/addresses/" + name);
  }

  @Override
  public GlobalAddress fromTerraform(TerraformFields t) {
    return new GlobalAddress(t.origin(), t.globalId(GlobalAddress.KIND), t.network("network"), t.node().str("address"),
        t.node().integer("prefix_length"), t.node().str("purpose"));
  }

  @Override
  public Optional<GlobalAddress> fromAsset(AssetFields a) {
    return Optional.of(new GlobalAddress(a.origin(), a.id(GlobalAddress.KIND, "global"), a.network(a.data(), "network"),
        str(a.data(), "address"), integer(a.data(), "prefixLength"), str(a.data(), "purpose")));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(GlobalAddress.NAME, GlobalAddress.PREFIX_LENGTH).map();
  }
}
