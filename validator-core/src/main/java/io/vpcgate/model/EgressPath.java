package io.vpcgate.model;

import java.util.List;

/**
 * How a workload sends traffic into a VPC: through a Serverless VPC Access connector, or Direct VPC
 * egress on a network interface (network, subnetwork, tags), or not at all; with the egress setting
 * as written ({@code ALL_TRAFFIC}, {@code all-traffic}, {@code VPC_EGRESS_ALL_TRAFFIC}...) and
 * normalised to {@link #ALL_TRAFFIC} or {@link #PRIVATE_RANGES_ONLY} (the default when unset).
 * {@code declared}: the configuration has a VPC access setting at all.
 */
public record EgressPath(boolean declared, Attr<String> connector, Attr<String> setting, Attr<String> mode,
    Attr<Integer> interfaceCount, List<NetworkInterface> interfaces) {
  public static final String ALL_TRAFFIC = "ALL_TRAFFIC";
  public static final String PRIVATE_RANGES_ONLY = "PRIVATE_RANGES_ONLY";

  public EgressPath {
    interfaces = List.copyOf(interfaces);
  }

  /** A Direct VPC egress interface: its network and subnetwork as written (names or paths) and its tags. */
  public record NetworkInterface(Attr<String> network, Attr<String> subnetwork, List<String> tags) {
    public NetworkInterface {
      tags = List.copyOf(tags);
    }
  }

  /** How traffic leaves: through a connector, Direct VPC, or no VPC egress. */
  public enum Via { CONNECTOR, DIRECT_VPC, NONE }

  /** The way out, when the configuration tells. */
  public Attr<Via> via() {
    if (connector.isKnown()) {
      return Attr.known(Via.CONNECTOR);
    }
    if (interfaceCount.known().map(n -> n > 0).orElse(false)) {
      return Attr.known(Via.DIRECT_VPC);
    }
    if (connector.isUnknown() || interfaceCount.isUnknown()) {
      return Attr.unknown("the VPC egress is not known before apply");
    }
    return Attr.known(Via.NONE);
  }

  /** True when it certainly has no VPC egress. */
  public boolean certainlyNone() {
    return connector.isAbsent() && (interfaceCount.isAbsent() || interfaceCount.known().map(n -> n == 0).orElse(false));
  }

  /** True when it has, or may have, VPC egress. */
  public boolean mayHaveVpcEgress() {
    return !certainlyNone();
  }

  /** The first Direct VPC interface, when there is one. */
  public java.util.Optional<NetworkInterface> firstInterface() {
    return interfaces.stream().findFirst();
  }
}
