package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.ForceNew;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.MalformedAssetException;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DnsManagedZone;
import io.vpcgate.model.Field;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cloud DNS managed zones ({@code google_dns_managed_zone}; Cloud DNS {@code managedZones.list}, one list
 * per project, which also lists each zone's record sets). Unset visibility is {@code public}; dns_name,
 * name and visibility are immutable, so changing them replaces the zone.
 */
public final class DnsManagedZoneKind implements Kind<DnsManagedZone> {

  @Override
  public String name() {
    return DnsManagedZone.KIND;
  }

  @Override
  public Class<DnsManagedZone> type() {
    return DnsManagedZone.class;
  }

  @Override
  public String title() {
    return "Cloud DNS managed zone";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_dns_managed_zone");
  }

  @Override
  public List<String> dataSourceTypes() {
    return List.of("google_dns_managed_zone");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("dns.googleapis.com/ManagedZone");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("Cloud DNS zones and record sets", "dns.googleapis.com", "Cloud DNS API",
        "roles/dns.reader", "managedZones.list", LiveList.Span.GLOBAL));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return Map.of("id", "projects/" + project + "/managedZones/" + name);
  }

  @Override
  public DnsManagedZone fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    TfNode config = n.first("private_visibility_config");
    Attr<List<NetworkRef>> networks;
    if (config.isUnknown()) {
      networks = Attr.unknown(config.unknownReason());
    } else if (config.isMissing()) {
      networks = Attr.absent();
    } else {
      networks = networks(t, config.list("networks"));
    }
    return new DnsManagedZone(t.origin(), t.globalId(DnsManagedZone.KIND), n.str("dns_name"), n.str("visibility"), networks,
        source(!n.first("forwarding_config").isMissing(), !n.first("peering_config").isMissing(),
            !n.first("service_directory_config").isMissing()));
  }

  private static Attr<List<NetworkRef>> networks(TerraformFields t, List<TfNode> blocks) {
    List<NetworkRef> out = new ArrayList<>();
    for (TfNode b : blocks) {
      Attr<NetworkRef> net = t.network(b.str("network_url"));
      if (!net.isKnown()) {
        return Attr.unknown("a network of the zone is not known before apply");
      }
      out.add(net.known().get());
    }
    return Attr.known(out);
  }

  private static String source(boolean forwarding, boolean peering, boolean serviceDirectory) {
    return forwarding ? DnsManagedZone.FORWARDING : peering ? DnsManagedZone.PEERING
        : serviceDirectory ? DnsManagedZone.SERVICE_DIRECTORY : DnsManagedZone.RECORDS;
  }

  @Override
  public Optional<DnsManagedZone> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    String project = a.asset().segment("projects");
    JsonNode config = obj(d, "privateVisibilityConfig");
    Attr<List<NetworkRef>> networks = Attr.absent();
    if (!config.isMissingNode()) {
      List<NetworkRef> out = new ArrayList<>();
      for (JsonNode n : array(config, "networks")) {
        String url = str(n, "networkUrl").known()
            .orElseThrow(() -> new MalformedAssetException("privateVisibilityConfig.networks[].networkUrl is missing"));
        out.add(NetworkRef.parse(url, Optional.ofNullable(project))
            .orElseThrow(() -> new MalformedAssetException("networkUrl is not a network: " + url)));
      }
      networks = Attr.known(out);
    }
    String name = str(d, "name").known().orElse(a.asset().shortName());
    return Optional.of(new DnsManagedZone(a.origin(), ResourceId.of(DnsManagedZone.KIND, project, "global", name),
        str(d, "dnsName"), str(d, "visibility"), networks,
        source(!obj(d, "forwardingConfig").isMissingNode(), !obj(d, "peeringConfig").isMissingNode(),
            !obj(d, "serviceDirectoryConfig").isMissingNode())));
  }

  @Override
  public List<DriftField<DnsManagedZone>> drift() {
    return List.of(DriftField.of("visibility", DnsManagedZone.VISIBILITY, false, z -> Values.known(z.isPrivate())),
        DriftField.of("private_visibility_config.networks", DnsManagedZone.PRIVATE_NETWORKS, true,
            z -> z.privateNetworks().known().map(nets -> nets.stream().map(NetworkRef::name).sorted().toList())));
  }

  @Override
  public List<ForceNew<DnsManagedZone>> forceNew() {
    return List.of(
        new ForceNew<>("dns_name", (d, b) -> Values.differs("dns_name", d.domain().map(Attr::known).orElse(Attr.absent()),
            b.domain().map(Attr::known).orElse(Attr.absent()))),
        new ForceNew<>("visibility", (d, b) -> Values.differs("visibility", d.isPrivate().map(p -> p ? "private" : "public"),
            b.isPrivate().map(p -> p ? "private" : "public"))));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(DnsManagedZone.NAME, DnsManagedZone.DNS_NAME, DnsManagedZone.VISIBILITY)
        .at(DnsManagedZone.PRIVATE_NETWORKS, "private_visibility_config[0].networks").map();
  }
}
