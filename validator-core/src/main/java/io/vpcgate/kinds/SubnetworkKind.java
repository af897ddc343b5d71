package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.str;

import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.Field;
import io.vpcgate.model.Subnetwork;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Subnetworks with their primary and secondary ranges ({@code google_compute_subnetwork}, one aggregated list). */
public final class SubnetworkKind implements Kind<Subnetwork> {

  @Override
  public String name() {
    return Subnetwork.KIND;
  }

  @Override
  public Class<Subnetwork> type() {
    return Subnetwork.class;
  }

  @Override
  public String title() {
    return "subnetwork";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_compute_subnetwork");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("compute.googleapis.com/Subnetwork");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(Compute.list("subnetworks", "subnetworks.aggregatedList", LiveList.Span.ALL_REGIONS));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Compute.ids("projects/" + project + "/regions/" + r + "/subnetworks/" + name)).orElse(Map.of());
  }

  @Override
  public Subnetwork fromTerraform(TerraformFields t) {
    return new Subnetwork(t.origin(), t.id(Subnetwork.KIND), t.network("network"), t.node().str("ip_cidr_range"),
        t.node().list("secondary_ip_range").stream().map(s -> s.str("ip_cidr_range")).toList());
  }

  @Override
  public Optional<Subnetwork> fromAsset(AssetFields a) {
    return Optional.of(new Subnetwork(a.origin(), a.id(Subnetwork.KIND, a.region()), a.network(a.data(), "network"),
        str(a.data(), "ipCidrRange"), array(a.data(), "secondaryIpRanges").stream().map(s -> str(s, "ipCidrRange")).toList()));
  }

  @Override
  public List<DriftField<Subnetwork>> drift() {
    return List.of(DriftField.of("ip_cidr_range", Subnetwork.IP_CIDR_RANGE, true,
        s -> s.ipCidrRange().known().flatMap(Cidr::tryParse).map(Cidr::canonical)));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(Subnetwork.NAME, Subnetwork.IP_CIDR_RANGE).map();
  }
}
