package io.vpcgate.rules.psc;

import io.vpcgate.model.Firewall;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceGraph;
import java.util.List;
import java.util.TreeSet;

/**
 * The TCP ports a Memorystore for Redis Cluster client reaches on the cluster's Private Service
 * Connect endpoints: 6379 (discovery) and the node ports 11000 to 13047, and, of that range, the
 * ports where a firewall rule on the network could change the verdict (the ends of every port range
 * the rules name), so that checking those few decides the whole range.
 */
final class RedisClusterPorts {
  static final int DISCOVERY = 6379;
  static final int FIRST_NODE_PORT = 11000;
  static final int LAST_NODE_PORT = 13047;

  private RedisClusterPorts() {}

  /** 6379, 11000, 13047 and each range end (and its neighbours) the firewall rules of {@code network} name inside the node range. */
  static List<Integer> toCheck(ResourceGraph world, NetworkRef network) {
    TreeSet<Integer> out = new TreeSet<>(List.of(DISCOVERY, FIRST_NODE_PORT, LAST_NODE_PORT));
    for (var r : world.onNetwork(network)) {
      if (r instanceof Firewall f) {
        f.allowed().forEach(s -> ends(s, out));
        f.denied().forEach(s -> ends(s, out));
      }
    }
    return List.copyOf(out);
  }

  private static void ends(String spec, TreeSet<Integer> out) {
    String[] p = spec.split(":", 2);
    if (p.length < 2) {
      return;
    }
    for (String range : p[1].split(",")) {
      String[] lh = range.trim().split("-", 2);
      try {
        for (String end : lh) {
          int port = Integer.parseInt(end.trim());
          for (int x : new int[] {port - 1, port, port + 1}) {
            if (x >= FIRST_NODE_PORT && x <= LAST_NODE_PORT) {
              out.add(x);
            }
          }
        }
      } catch (NumberFormatException e) {
        // an unreadable port: FirewallVerdict treats it as matching every port, which 11000 already checks
      }
    }
  }
}
