package io.vpcgate.input.hcl;

import io.vpcgate.model.Cidr;
import java.util.ArrayList;
import java.util.List;

/** Terraform's cidrhost, cidrnetmask, cidrsubnet and cidrsubnets, for IPv4. */
final class CidrMath {
  private CidrMath() {}

  private static Cidr parse(String prefix) {
    return Cidr.tryParse(prefix).orElseThrow(() ->
        new EvalException("invalid CIDR address \"" + prefix + "\" (IPv6 is not evaluated)"));
  }

  static String host(String prefix, long hostNum) {
    Cidr c = parse(prefix);
    long n = hostNum < 0 ? c.size() + hostNum : hostNum;
    if (n < 0 || n >= c.size()) {
      throw new EvalException("cidrhost(): host number " + hostNum + " does not fit in " + prefix);
    }
    return Cidr.formatIp(c.first() + n);
  }

  static String netmask(String prefix) {
    return Cidr.formatIp(parse(prefix).mask());
  }

  static String subnet(String prefix, int newBits, long netNum) {
    Cidr c = parse(prefix);
    int p = c.prefix() + newBits;
    if (newBits < 0 || p > 32) {
      throw new EvalException("cidrsubnet(): cannot extend /" + c.prefix() + " by " + newBits + " bits");
    }
    if (netNum < 0 || netNum >= (1L << newBits)) {
      throw new EvalException("cidrsubnet(): network number " + netNum + " does not fit in " + newBits + " bits");
    }
    return new Cidr(c.first() + netNum * (1L << (32 - p)), p).toString();
  }

  static List<String> subnets(String prefix, List<Integer> newBits) {
    Cidr base = parse(prefix);
    List<String> out = new ArrayList<>();
    long next = base.first();
    for (int bits : newBits) {
      int p = base.prefix() + bits;
      if (bits < 1 || p > 32) {
        throw new EvalException("cidrsubnets(): invalid bit count " + bits);
      }
      long size = 1L << (32 - p);
      long start = (next + size - 1) / size * size;
      if (start + size - 1 > base.last()) {
        throw new EvalException("cidrsubnets(): not enough room in " + prefix);
      }
      out.add(new Cidr(start, p).toString());
      next = start + size;
    }
    return out;
  }
}
