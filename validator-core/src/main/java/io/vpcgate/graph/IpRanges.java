package io.vpcgate.graph;

import io.vpcgate.model.Cidr;
import java.util.List;

/** Address ranges the rules reason about, each with the document that defines it. */
public final class IpRanges {
  private IpRanges() {}

  /** RFC 1918 private ranges. */
  public static final List<Cidr> RFC1918 =
      List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"));
  /** RFC 6598 shared address space. */
  public static final Cidr RFC6598 = Cidr.parse("100.64.0.0/10");
  /** Class E (reserved), usable in VPCs as internal ranges. */
  public static final Cidr CLASS_E = Cidr.parse("240.0.0.0/4");
  /** Reserved for subnets in auto-mode VPC networks. */
  public static final Cidr AUTO_MODE = Cidr.parse("10.128.0.0/9");

  public static boolean isRfc1918(Cidr c) {
    return RFC1918.stream().anyMatch(r -> r.contains(c));
  }

  public static boolean isRfc1918(long ip) {
    return RFC1918.stream().anyMatch(r -> r.contains(ip));
  }

  /** Ranges a VPC can use internally: RFC 1918, RFC 6598, Class E. */
  public static boolean isInternal(long ip) {
    return isRfc1918(ip) || RFC6598.contains(ip) || CLASS_E.contains(ip);
  }
}
