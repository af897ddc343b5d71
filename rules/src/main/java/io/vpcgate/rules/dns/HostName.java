package io.vpcgate.rules.dns;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DNS name an environment value points at: a plain host ({@code redis.acme.internal}), {@code host:port},
 * or a URL's host ({@code redis://:pw@redis.acme.internal:6379/0}). Empty for an IP address, for a value that
 * is not one of these (whitespace, a path, several hosts), and for a single label, which no zone's DNS name
 * is above. Lower case, with the final dot.
 */
final class HostName {
  private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?([^:/?#\\[\\]]+)(?::\\d{1,5})?(?:[/?#].*)?$");
  private static final Pattern HOST_PORT = Pattern.compile("^([^:/\\s]+):\\d{1,5}$");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?");

  private HostName() {}

  static Optional<String> of(String value) {
    String v = value.strip();
    // A name has two labels, so a dot: most env values ("production", "8080") have none and skip the patterns.
    if (v.indexOf('.') < 0 || v.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    Matcher m = URL.matcher(v);
    boolean url = m.matches();
    String host = url ? m.group(1) : v;
    if (!url) {
      Matcher hp = HOST_PORT.matcher(v);
      host = hp.matches() ? hp.group(1) : v;
    }
    return name(host);
  }

  private static Optional<String> name(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    String[] labels = h.split("\\.", -1);
    if (labels.length < 2 || h.length() > 253) {
      return Optional.empty();
    }
    for (String l : labels) {
      if (!LABEL.matcher(l).matches()) {
        return Optional.empty();
      }
    }
    if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      return Optional.empty(); // an IPv4 address, or a version number
    }
    return Optional.of(h + ".");
  }
}
