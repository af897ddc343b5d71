package io.vpcgate.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Live resources by kind, name and project, for finding the live twin of each Terraform resource
 * ({@link ResourceId#sameAs}: same kind and known name, project and region equal where both are
 * known) without scanning every live resource for each: an organisation has thousands of networks
 * and connectors, many with the same name in different projects. A live resource is taken at most
 * once, and the first in the live graph's order wins, as a scan would find it.
 */
final class TwinIndex {
  private static final String ANY_PROJECT = "\u0000";
  private final List<Resource> live;
  /** kind|name|project → positions in {@code live}; project ANY_PROJECT when the live side does not know it. */
  private final Map<String, List<Integer>> byProject = new HashMap<>();
  /** kind|name → positions in {@code live}, for a desired resource whose project is not known. */
  private final Map<String, List<Integer>> byName = new HashMap<>();
  private final Set<Integer> taken = new HashSet<>();

  TwinIndex(List<Resource> live) {
    this.live = live;
    for (int i = 0; i < live.size(); i++) {
      ResourceId id = live.get(i).id();
      if (id.name().known().isEmpty()) {
        continue;
      }
      String key = id.kind() + "|" + id.name().known().get();
      byName.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      byProject.computeIfAbsent(key + "|" + id.project().known().orElse(ANY_PROJECT), k -> new ArrayList<>()).add(i);
    }
  }

  /** The first live twin of {@code d} not taken yet, now taken; empty when there is none. */
  Optional<Resource> take(Resource d) {
    ResourceId id = d.id();
    if (id.name().known().isEmpty()) {
      return Optional.empty();
    }
    String key = id.kind() + "|" + id.name().known().get();
    List<Integer> candidates = id.project().known()
        .map(p -> merged(byProject.getOrDefault(key + "|" + p, List.of()), byProject.getOrDefault(key + "|" + ANY_PROJECT, List.of())))
        .orElse(byName.getOrDefault(key, List.of()));
    for (int i : candidates) {
      if (!taken.contains(i) && live.get(i).id().sameAs(id)) {
        taken.add(i);
        return Optional.of(live.get(i));
      }
    }
    return Optional.empty();
  }

  /** The live resources no Terraform resource took, in their order. */
  List<Resource> untaken() {
    List<Resource> out = new ArrayList<>();
    for (int i = 0; i < live.size(); i++) {
      if (!taken.contains(i)) {
        out.add(live.get(i));
      }
    }
    return out;
  }

  private static List<Integer> merged(List<Integer> a, List<Integer> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<Integer> out = new ArrayList<>(a);
    out.addAll(b);
    out.sort(null);
    return out;
  }
}
