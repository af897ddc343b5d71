package io.vpcgate.model;

import java.util.Optional;

/**
 * An IPv4 prefix as written ({@code 10.8.0.5/28} keeps its host bits so rules can say it is not
 * canonical). Addresses are unsigned 32-bit values held in a long.
 */
public record Cidr(long address, int prefix) {
  private static final java.util.regex.Pattern TWO_DIGITS = java.util.regex.Pattern.compile("\\d{1,2}");
  private static final java.util.regex.Pattern THREE_DIGITS = java.util.regex.Pattern.compile("\\d{1,3}");


  public Cidr {
    if (address < 0 || address > 0xFFFF_FFFFL || prefix < 0 || prefix > 32) {
      throw new IllegalArgumentException("not an IPv4 prefix: " + address + "/" + prefix);
    }
  }

  // Equality written out, as the record's: its generated one links method handles at first use, tens of
  // milliseconds of a check's start-up (a live read compares ranges for drift and keys addresses by range).
  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr c && address == c.address && prefix == c.prefix;
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(address) + prefix;
  }

  /** Parses {@code a.b.c.d/n}, failing with a message naming the input. */
  public static Cidr parse(String text) {
    return tryParse(text).orElseThrow(() ->
        new IllegalArgumentException("\"" + text + "\" is not an IPv4 CIDR range like 10.8.0.0/28"));
  }

  public static Optional<Cidr> tryParse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    Optional<Long> ip = parseIp(text.substring(0, slash));
    String p = text.substring(slash + 1);
    if (ip.isEmpty() || !TWO_DIGITS.matcher(p).matches() || Integer.parseInt(p) > 32) {
      return Optional.empty();
    }
    return Optional.of(new Cidr(ip.get(), Integer.parseInt(p)));
  }

  /** Parses a dotted-quad IPv4 address with no surrounding text. */
  public static Optional<Long> parseIp(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    long ip = 0;
    for (String part : parts) {
      if (!THREE_DIGITS.matcher(part).matches() || Integer.parseInt(part) > 255) {
        return Optional.empty();
      }
      ip = (ip << 8) | Integer.parseInt(part);
    }
    return Optional.of(ip);
  }

  public static Cidr host(long ip) {
    return new Cidr(ip, 32);
  }

  public long mask() {
    return prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
  }

  public long first() {
    return address & mask();
  }

  public long last() {
    return first() | (~mask() & 0xFFFF_FFFFL);
  }

  public long size() {
    return 1L << (32 - prefix);
  }

  /** True if no host bits are set. */
  public boolean isCanonical() {
    return address == first();
  }

  public Cidr canonical() {
    return new Cidr(first(), prefix);
  }

  public boolean overlaps(Cidr other) {
    return first() <= other.last() && other.first() <= last();
  }

  public boolean contains(long ip) {
    return ip >= first() && ip <= last();
  }

  public boolean contains(Cidr other) {
    return other.first() >= first() && other.last() <= last();
  }

  /** The next block of the given size after this range, e.g. for a suggested free /28. */
  public Cidr nextBlock(int blockPrefix) {
    long blockSize = 1L << (32 - blockPrefix);
    long start = ((last() + 1) + blockSize - 1) / blockSize * blockSize;
    return new Cidr(start & 0xFFFF_FFFFL, blockPrefix);
  }

  public static String formatIp(long ip) {
    return ((ip >> 24) & 255) + "." + ((ip >> 16) & 255) + "." + ((ip >> 8) & 255) + "." + (ip & 255);
  }

  @Override
  public String toString() {
    return formatIp(address) + "/" + prefix;
  }
}
