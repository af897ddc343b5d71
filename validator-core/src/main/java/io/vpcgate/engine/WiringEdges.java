package io.vpcgate.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The edges of a {@link Wiring} as they are drawn, in order, where a broken edge replaces the working
 * edges between the same two nodes: each replacement costs the edges it removes, not a scan of all.
 */
final class WiringEdges {
  private final List<Wiring.Edge> edges = new ArrayList<>();
  private final BitSet removed = new BitSet();
  /** from, to → the positions of the working edges between them not removed yet. */
  private final Map<List<String>, List<Integer>> working = new HashMap<>();

  void add(Wiring.Edge e) {
    if (!e.broken()) {
      working.computeIfAbsent(List.of(e.from(), e.to()), k -> new ArrayList<>()).add(edges.size());
    }
    edges.add(e);
  }

  /** Removes the working (not broken) edges from {@code from} to {@code to}. */
  void removeWorking(String from, String to) {
    List<Integer> at = working.remove(List.of(from, to));
    if (at != null) {
      at.forEach(removed::set);
    }
  }

  /** The edges not removed, in the order they were added. */
  List<Wiring.Edge> toList() {
    List<Wiring.Edge> out = new ArrayList<>(edges.size());
    for (int i = 0; i < edges.size(); i++) {
      if (!removed.get(i)) {
        out.add(edges.get(i));
      }
    }
    return out;
  }
}
