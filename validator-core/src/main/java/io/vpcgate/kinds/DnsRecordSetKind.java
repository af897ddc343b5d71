package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Json;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DnsManagedZone;
import io.vpcgate.model.DnsRecordSet;
import io.vpcgate.model.Field;
import io.vpcgate.model.ResourceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cloud DNS record sets ({@code google_dns_record_set}; Cloud DNS {@code resourceRecordSets.list}, read
 * with their zones). Cloud Asset Inventory names one {@code //dns.googleapis.com/projects/P/managedZones/Z/
 * rrsets/NAME/TYPE}; the identity's name is {@code Z/NAME/TYPE}, the name lower case with its final dot.
 * No drift fields: every zone holds record sets Cloud DNS makes itself (the apex SOA and NS), which the drift
 * rules would report as live resources no Terraform manages.
 */
public final class DnsRecordSetKind implements Kind<DnsRecordSet> {

  @Override
  public String name() {
    return DnsRecordSet.KIND;
  }

  @Override
  public Class<DnsRecordSet> type() {
    return DnsRecordSet.class;
  }

  @Override
  public String title() {
    return "Cloud DNS record set";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_dns_record_set");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("dns.googleapis.com/ResourceRecordSet");
  }

  /** Listed zone by zone, with the zones. */
  @Override
  public Optional<String> readWith() {
    return Optional.of(DnsManagedZone.KIND);
  }

  @Override
  public DnsRecordSet fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    Attr<String> zone = n.str("managed_zone").map(z -> z.substring(z.lastIndexOf('/') + 1));
    Attr<String> name = n.str("name");
    Attr<String> type = n.str("type");
    Attr<String> key = zone.isKnown() && name.isKnown() && type.isKnown()
        ? Attr.known(key(zone.known().get(), name.known().get(), type.known().get()))
        : Attr.unknown("its zone, name or type is not known before apply");
    return new DnsRecordSet(t.origin(), new ResourceId(DnsRecordSet.KIND, t.project(), Attr.known("global"), key), zone,
        name, type, n.integer("ttl"), n.strings("rrdatas"));
  }

  @Override
  public Optional<DnsRecordSet> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    String project = a.asset().segment("projects");
    String zone = a.asset().segment("managedZones");
    Attr<String> name = str(d, "name");
    Attr<String> type = str(d, "type");
    String[] parts = a.asset().name().split("/rrsets/", 2);
    String tail = parts.length == 2 ? parts[1] : a.asset().shortName();
    int slash = tail.lastIndexOf('/');
    String rrName = name.known().orElse(slash > 0 ? tail.substring(0, slash) : tail);
    String rrType = type.known().orElse(slash > 0 ? tail.substring(slash + 1) : "");
    return Optional.of(new DnsRecordSet(a.origin(), ResourceId.of(DnsRecordSet.KIND, project, "global", key(zone, rrName, rrType)),
        Attr.ofNullable(zone), Attr.known(rrName), Attr.known(rrType), integer(d, "ttl"), Attr.known(Json.strings(d, "rrdatas"))));
  }

  private static String key(String zone, String name, String type) {
    return zone + "/" + DnsManagedZone.fqdn(name) + "/" + type.toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(DnsRecordSet.NAME, DnsRecordSet.MANAGED_ZONE, DnsRecordSet.RRDATAS).map();
  }
}
