package io.vpcgate.kinds;

import io.vpcgate.kind.Kind;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.RouterNat;
import java.util.List;
import java.util.Optional;

/** Cloud NAT gateways declared on their own ({@code google_compute_router_nat}); live, a NAT is read with its router. */
public final class RouterNatKind implements Kind<RouterNat> {

  @Override
  public String name() {
    return RouterNat.KIND;
  }

  @Override
  public Class<RouterNat> type() {
    return RouterNat.class;
  }

  @Override
  public String title() {
    return "Cloud NAT gateway";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_compute_router_nat");
  }

  @Override
  public Optional<String> readWith() {
    return Optional.of("router");
  }

  @Override
  public RouterNat fromTerraform(TerraformFields t) {
    return new RouterNat(t.origin(), t.id(RouterNat.KIND), t.node().str("router"),
        t.node().str("source_subnetwork_ip_ranges_to_nat"),
        t.node().list("subnetwork").stream().flatMap(x -> x.str("name").known().stream())
            .map(x -> x.substring(x.lastIndexOf('/') + 1)).toList());
  }
}
