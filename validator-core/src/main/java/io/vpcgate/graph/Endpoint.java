package io.vpcgate.graph;

import io.vpcgate.model.Cidr;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 endpoint read from an environment value: a bare address, {@code address:port}, or a URL
 * ({@code redis://:pw@10.0.0.3:6379/0}). {@code defect} says why a value that should be a bare
 * address is not one (whitespace, quotes, scheme, port); it never holds the value itself.
 */
public record Endpoint(long ip, OptionalInt port, Optional<String> defect) {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern URL =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://(?:[^@/]*@)?(\\d{1,3}(?:\\.\\d{1,3}){3})(?::(\\d{1,5}))?(?:[/?#].*)?$");
  private static final Pattern HOST_PORT = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){3}):(\\d{1,5})$");

  /** Parses a value meant to be a bare host; empty when it holds no IPv4 address at all (e.g. a DNS name). */
  public static Optional<Endpoint> host(String value) {
    if (IPV4.matcher(value).matches()) {
      return Cidr.parseIp(value).map(ip -> new Endpoint(ip, OptionalInt.empty(), Optional.empty()));
    }
    String t = value.strip();
    String defect = null;
    if (!t.equals(value)) {
      defect = value.contains("\n") || value.contains("\r") ? "ends with a newline" : "has leading or trailing whitespace";
    }
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      t = t.substring(1, t.length() - 1).strip();
      defect = defect == null ? "is wrapped in quotes" : defect;
    }
    Optional<Endpoint> inner = any(t);
    if (inner.isEmpty()) {
      return Optional.empty();
    }
    if (defect == null) {
      defect = t.contains("://") ? "holds a URL, not a host" : "includes a port";
    }
    Endpoint e = inner.get();
    return Optional.of(new Endpoint(e.ip, e.port, Optional.of(defect)));
  }

  /** Parses a bare address, address:port or URL without judging its form. */
  public static Optional<Endpoint> any(String value) {
    String t = value.strip();
    if (!digitThenDot(t)) {
      return Optional.empty(); // every form holds a dotted quad: most env values ("production", "8080") skip the patterns
    }
    if (IPV4.matcher(t).matches()) {
      return Cidr.parseIp(t).map(ip -> new Endpoint(ip, OptionalInt.empty(), Optional.empty()));
    }
    Matcher m = HOST_PORT.matcher(t);
    if (m.matches()) {
      return withPort(m.group(1), m.group(2));
    }
    m = URL.matcher(t);
    if (m.matches()) {
      return withPort(m.group(2), m.group(3));
    }
    return Optional.empty();
  }

  private static boolean digitThenDot(String t) {
    for (int i = 0; i + 1 < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9' && t.charAt(i + 1) == '.') {
        return true;
      }
    }
    return false;
  }

  private static Optional<Endpoint> withPort(String ip, String port) {
    OptionalInt p = port == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(port));
    return Cidr.parseIp(ip).map(x -> new Endpoint(x, p, Optional.empty()));
  }

  public String address() {
    return Cidr.formatIp(ip);
  }
}
