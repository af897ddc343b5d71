package io.vpcgate.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Live resources by kind, name and project ({@link NameIndex}), for finding the live twin of each
 * Terraform resource ({@link ResourceId#sameAs}: same kind and known name, project and region equal
 * where both are known) without scanning every live resource for each. A live resource is taken at
 * most once, and the first in the live graph's order wins, as a scan would find it.
 */
final class TwinIndex {
  private final NameIndex<Resource> live;
  private final Set<Integer> taken = new HashSet<>();

  TwinIndex(List<Resource> live) {
    this.live = NameIndex.ofResources(live);
  }

  /** The first live twin of {@code d} not taken yet, now taken; empty when there is none. */
  Optional<Resource> take(Resource d) {
    ResourceId id = d.id();
    Optional<NameIndex.Key> key = NameIndex.key(id);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (int i : live.positions(key.get().kind(), key.get().name(), key.get().project())) {
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
}
