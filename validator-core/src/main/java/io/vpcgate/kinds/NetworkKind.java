package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.bool;
import static io.vpcgate.kind.Json.str;

import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.Field;
import io.vpcgate.model.Network;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VPC networks ({@code google_compute_network}, Compute {@code networks.list}) with their peerings;
 * Terraform's default for auto_create_subnetworks is true, the API's (when a field is missing) false.
 */
public final class NetworkKind implements Kind<Network> {

  @Override
  public String name() {
    return Network.KIND;
  }

  @Override
  public Class<Network> type() {
    return Network.class;
  }

  @Override
  public String title() {
    return "VPC network";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_compute_network");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("compute.googleapis.com/Network");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(Compute.list("networks", "networks.list", LiveList.Span.GLOBAL));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return Compute.ids("projects/" + project + "/global/networks/" + name);
  }

  @Override
  public Network fromTerraform(TerraformFields t) {
    return new Network(t.origin(), t.globalId(Network.KIND), Values.orDefault(t.node().bool("auto_create_subnetworks"), true));
  }

  @Override
  public Optional<Network> fromAsset(AssetFields a) {
    return Optional.of(new Network(a.origin(), a.id(Network.KIND, "global"),
        Values.orDefault(bool(a.data(), "autoCreateSubnetworks"), false),
        array(a.data(), "peerings").stream().map(p -> new Network.Peering(str(p, "name").known().orElse(""),
            str(p, "network").known().orElse(""), str(p, "state"))).toList()));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(Network.NAME, Network.AUTO_CREATE_SUBNETWORKS).map();
  }
}
