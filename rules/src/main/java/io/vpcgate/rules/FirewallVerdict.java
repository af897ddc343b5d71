package io.vpcgate.rules;

import io.vpcgate.model.Cidr;
import io.vpcgate.model.Firewall;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceGraph;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a VPC network's firewall rules treat egress from instances with some network tags to an
 * address and TCP port: the enabled EGRESS rules that apply to those instances and match the
 * destination, lowest priority number first, a deny winning a tie; none matching is the implied
 * allow. A rule that targets service accounts might apply (a connector's VMs run as Google's), so a
 * deciding one makes the verdict unknown, as does a rule whose network, direction, priority or
 * state is not known before apply and that could match. Hierarchical and network firewall policies
 * are not seen.
 */
public record FirewallVerdict(boolean allowed, Optional<Firewall> rule) {

  /** The verdict, or empty when a rule that may or may not apply would decide it. */
  public static Optional<FirewallVerdict> egress(ResourceGraph world, NetworkRef network, List<String> tags, long ip,
      int port) {
    // Uncertain: a rule that may be on this network, may be EGRESS, may apply to these instances and matches the
    // destination, but whose network, direction, priority or state is not known before apply.
    boolean uncertain = Stream.concat(world.networkNotKnown(Firewall.class).stream(), onNetwork(world, network).stream())
        .filter(f -> f.network().known().map(n -> n.sameAs(network)).orElse(true))
        .filter(f -> f.direction().known().map("EGRESS"::equals).orElse(true))
        .filter(f -> !f.network().isKnown() || !f.direction().isKnown() || !f.priority().isKnown() || f.disabled().isUnknown())
        .filter(f -> f.targetTags().isEmpty() || f.targetTags().stream().anyMatch(tags::contains)
            || !f.targetServiceAccounts().isEmpty())
        .anyMatch(f -> destination(f, ip) && ports(f.denied().isEmpty() ? f.allowed() : f.denied(), port));
    if (uncertain) {
      return Optional.empty(); // a rule not known before apply might decide it
    }
    List<Firewall> matching = onNetwork(world, network).stream()
        .filter(f -> f.direction().known().map("EGRESS"::equals).orElse(false))
        .filter(f -> !f.disabled().known().orElse(false))
        .filter(f -> f.priority().isKnown())
        .filter(f -> f.targetTags().isEmpty() || f.targetTags().stream().anyMatch(tags::contains)
            || !f.targetServiceAccounts().isEmpty())
        .filter(f -> destination(f, ip))
        .filter(f -> ports(f.denied().isEmpty() ? f.allowed() : f.denied(), port))
        .sorted(Comparator.<Firewall>comparingInt(f -> f.priority().known().get())
            .thenComparing(f -> f.denied().isEmpty()))
        .toList();
    if (matching.isEmpty()) {
      return Optional.of(new FirewallVerdict(true, Optional.empty()));
    }
    Firewall first = matching.get(0);
    if (!first.targetServiceAccounts().isEmpty() && first.targetTags().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FirewallVerdict(first.denied().isEmpty(), Optional.of(first)));
  }

  /** Egress rules without destination ranges apply to every destination. */
  private static boolean destination(Firewall f, long ip) {
    return f.destinationRanges().isEmpty() || f.destinationRanges().stream()
        .anyMatch(r -> Cidr.tryParse(r.contains("/") ? r : r + "/32").map(c -> c.contains(ip)).orElse(false));
  }

  /** "all", "tcp", "tcp:6379", "tcp:6000-7000" (and "6" for TCP by number) cover a TCP port. */
  private static boolean ports(List<String> specs, int port) {
    for (String s : specs) {
      String[] p = s.split(":", 2);
      String proto = p[0].toLowerCase(java.util.Locale.ROOT);
      if (!proto.equals("all") && !proto.equals("tcp") && !proto.equals("6")) {
        continue;
      }
      if (p.length == 1) {
        return true;
      }
      String range = p[1];
      int dash = range.indexOf('-');
      try {
        int lo = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
        int hi = dash < 0 ? lo : Integer.parseInt(range.substring(dash + 1));
        if (port >= lo && port <= hi) {
          return true;
        }
      } catch (NumberFormatException e) {
        return true; // a port we cannot read might be this one
      }
    }
    return false;
  }

  /** The firewall rules on {@code network}, in the world's order. */
  private static List<Firewall> onNetwork(ResourceGraph world, NetworkRef network) {
    return world.onNetwork(network).stream().filter(Firewall.class::isInstance).map(Firewall.class::cast).toList();
  }
}
