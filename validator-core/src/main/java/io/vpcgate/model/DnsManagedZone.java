package io.vpcgate.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Cloud DNS managed zone ({@code google_dns_managed_zone}, Cloud DNS {@code ManagedZone}): its DNS name
 * ({@code example.internal.}), visibility ({@code public}, the default, or {@code private}), the networks a
 * private zone is visible to, and whether it forwards queries to other name servers or peers with another
 * network's DNS, in which case its answers come from elsewhere.
 */
public record DnsManagedZone(Origin origin, ResourceId id, Attr<String> dnsName, Attr<String> visibility,
    Attr<List<NetworkRef>> privateNetworks, String answersFrom) implements Resource {
  /** Where its answers come from: its own records, or (forwarding, peering, Service Directory zones) elsewhere. */
  public static final String RECORDS = "its records";
  public static final String FORWARDING = "forwarding_config";
  public static final String PEERING = "peering_config";
  public static final String SERVICE_DIRECTORY = "service_directory_config";
  public static final String KIND = "dns_managed_zone";
  public static final Field NAME = new Field("name");
  public static final Field DNS_NAME = new Field("dns_name");
  public static final Field VISIBILITY = new Field("visibility");
  public static final Field PRIVATE_NETWORKS = new Field("private_visibility_config.networks");

  public DnsManagedZone {
    privateNetworks = privateNetworks.map(List::copyOf);
  }

  @Override
  public String terraformType() {
    return "google_dns_managed_zone";
  }

  /** Whether it is private; unset visibility reads as the default, public. */
  public Attr<Boolean> isPrivate() {
    return (visibility.isAbsent() ? Attr.known("public") : visibility).map(v -> v.equalsIgnoreCase("private"));
  }

  /** Whether its own records answer (not a forwarding or peering zone). */
  public boolean answersFromRecords() {
    return answersFrom.equals(RECORDS);
  }

  /** The DNS name, lower case, with its final dot. */
  public Optional<String> domain() {
    return dnsName.known().map(DnsManagedZone::fqdn);
  }

  /** Whether {@code host} (any case, with or without its final dot) falls under this zone's DNS name. */
  public boolean covers(String host) {
    return domain().map(d -> {
      String h = fqdn(host);
      return d.equals(".") || h.equals(d) || h.endsWith("." + d);
    }).orElse(false);
  }

  /** Whether the zone is visible to {@code network}: empty when its networks are not known. */
  public Optional<Boolean> visibleTo(NetworkRef network) {
    return privateNetworks.known().map(nets -> nets.stream().anyMatch(n -> n.sameAs(network)));
  }

  /** A DNS name in one form: lower case, ending with a dot. */
  public static String fqdn(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n : n + ".";
  }
}
