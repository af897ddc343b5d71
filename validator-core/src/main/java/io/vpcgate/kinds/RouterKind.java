package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.last;
import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cloud Routers ({@code google_compute_router}); live, each carries its Cloud NAT gateways (one aggregated list). */
public final class RouterKind implements Kind<Router> {

  @Override
  public String name() {
    return Router.KIND;
  }

  @Override
  public Class<Router> type() {
    return Router.class;
  }

  @Override
  public String title() {
    return "Cloud Router";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_compute_router");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("compute.googleapis.com/Router");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(Compute.list("routers", "routers.aggregatedList", LiveList.Span.ALL_REGIONS));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Compute.ids("projects/" + project + "/regions/" + r + "/routers/" + name)).orElse(Map.of());
  }

  @Override
  public Router fromTerraform(TerraformFields t) {
    return new Router(t.origin(), t.id(Router.KIND), t.network("network"), List.of());
  }

  @Override
  public Optional<Router> fromAsset(AssetFields a) {
    List<Router.Nat> nats = new ArrayList<>();
    for (JsonNode n : array(a.data(), "nats")) {
      List<String> subnets = new ArrayList<>();
      for (JsonNode s : array(n, "subnetworks")) {
        str(s, "name").known().ifPresent(x -> subnets.add(last(x)));
      }
      nats.add(new Router.Nat(str(n, "name"), str(n, "sourceSubnetworkIpRangesToNat"), subnets));
    }
    return Optional.of(new Router(a.origin(), a.id(Router.KIND, a.region()), a.network(a.data(), "network"), nats));
  }
}
