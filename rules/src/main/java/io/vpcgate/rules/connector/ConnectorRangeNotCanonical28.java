package io.vpcgate.rules.connector;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.Network;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.graph.IpRanges;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * VPCC-03: ip_cidr_range must be an unused /28 network address in RFC 1918 space, outside
 * 10.128.0.0/9 on an auto-mode network.
 */
@RuleInfo(
    id = "VPCC-03",
    summary = "Serverless VPC connector ip_cidr_range is not a /28 network address",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {VpcConnector.class, Network.class})
public final class ConnectorRangeNotCanonical28 implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(VpcConnector.class).stream()
        .flatMap(c -> c.ipCidrRange().known().flatMap(text -> finding(ctx, c, text)).stream());
  }

  private static Optional<Finding> finding(RuleContext ctx, VpcConnector c, String text) {
    Optional<Cidr> parsed = Cidr.tryParse(text);
    if (parsed.isEmpty()) {
      return Optional.of(ctx.finding(c, VpcConnector.IP_CIDR_RANGE)
          .message("Connector %s: ip_cidr_range \"%s\" is not an IPv4 CIDR range", c.address(), text)
          .remediation("Set ip_cidr_range to an unused /28 network address, e.g. \"10.8.0.0/28\"")
          .build());
    }
    Cidr r = parsed.get();
    if (r.prefix() != 28) {
      return Optional.of(ctx.finding(c, VpcConnector.IP_CIDR_RANGE)
          .message("Connector %s: ip_cidr_range %s is a /%d; a connector needs exactly a /28 and the API fails "
              + "the create otherwise", c.address(), r, r.prefix())
          .remediation("Use a /28, e.g. ip_cidr_range = \"%s\"", new Cidr(r.first(), 28))
          .build());
    }
    if (!r.isCanonical()) {
      return Optional.of(ctx.finding(c, VpcConnector.IP_CIDR_RANGE)
          .message("Connector %s: ip_cidr_range %s has host bits set; a /28 range must start at its network "
              + "address", c.address(), r)
          .remediation("Use the network address: ip_cidr_range = \"%s\"", r.canonical())
          .build());
    }
    if (IpRanges.AUTO_MODE.overlaps(r) && autoMode(ctx, c)) {
      return Optional.of(ctx.finding(c, VpcConnector.IP_CIDR_RANGE)
          .message("Connector %s: ip_cidr_range %s lies in 10.128.0.0/9, which auto-mode network %s reserves for "
              + "its subnets; the API fails with \"Extended subnetworks in auto subnet mode networks cannot overlap "
              + "with 10.128.0.0/9\"", c.address(), r, c.network().known().map(NetworkRef::name).orElse("?"))
          .remediation("Pick a /28 outside 10.128.0.0/9, e.g. ip_cidr_range = \"10.8.0.0/28\"")
          .build());
    }
    if (!IpRanges.isRfc1918(r)) {
      return Optional.of(ctx.finding(c, VpcConnector.IP_CIDR_RANGE).severity(Severity.WARNING)
          .message("Connector %s: ip_cidr_range %s is outside RFC 1918; connectors are documented with internal "
              + "RFC 1918 ranges and other ranges are not confirmed to work", c.address(), r)
          .remediation("Prefer an unused /28 in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16")
          .build());
    }
    return Optional.empty();
  }

  private static boolean autoMode(RuleContext ctx, VpcConnector c) {
    Optional<NetworkRef> net = c.network().known();
    return net.isPresent() && ctx.world().networks(net.get()).stream()
        .anyMatch(n -> n.autoCreateSubnetworks().known().orElse(false));
  }
}
