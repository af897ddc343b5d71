package io.vpcgate.model;

import java.util.List;

/**
 * A Cloud DNS record set ({@code google_dns_record_set}, Cloud DNS {@code ResourceRecordSet}): a name, a
 * type, a TTL and its data, in a managed zone (named by the zone's name, not its DNS name). Its identity's
 * name is {@code zone/name/TYPE}, as Cloud Asset Inventory names it.
 */
public record DnsRecordSet(Origin origin, ResourceId id, Attr<String> managedZone, Attr<String> name, Attr<String> type,
    Attr<Integer> ttl, Attr<List<String>> rrdatas) implements Resource {
  public static final String KIND = "dns_record_set";
  public static final Field NAME = new Field("name");
  public static final Field MANAGED_ZONE = new Field("managed_zone");
  public static final Field RRDATAS = new Field("rrdatas");

  @Override
  public String terraformType() {
    return "google_dns_record_set";
  }

  /** Whether this record answers a query for {@code host}: the same name, or a wildcard one label above. */
  public boolean answers(String host) {
    return name.known().map(n -> {
      String mine = DnsManagedZone.fqdn(n);
      String h = DnsManagedZone.fqdn(host);
      return mine.equals(h) || mine.startsWith("*.") && h.endsWith(mine.substring(1)) && h.length() > mine.length() - 1;
    }).orElse(false);
  }

  /** Whether it is in {@code zone} (by the zone's name and project). */
  public boolean inZone(DnsManagedZone zone) {
    return managedZone.known().map(z -> z.substring(z.lastIndexOf('/') + 1)).map(z -> z.equals(zone.id().nameOr("")))
        .orElse(false) && (id.project().isUnknown() || zone.id().project().isUnknown()
            || id.projectOr("").equals(zone.id().projectOr("")));
  }
}
