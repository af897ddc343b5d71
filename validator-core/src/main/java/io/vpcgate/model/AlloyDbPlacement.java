package io.vpcgate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An AlloyDB instance is on its cluster's network, which only the cluster says: a graph places each
 * instance on the cluster it holds (by the cluster's full name, or a Terraform reference to it), so
 * that every rule sees the instance's network and attachment like any data store's.
 */
final class AlloyDbPlacement {
  private AlloyDbPlacement() {}

  /** {@code resources} with each AlloyDB instance whose cluster is among them placed on it. */
  static List<Resource> placed(List<Resource> resources) {
    if (resources.stream().noneMatch(AlloyDbInstance.class::isInstance)) {
      return resources;
    }
    List<AlloyDbCluster> clusters = resources.stream().filter(AlloyDbCluster.class::isInstance)
        .map(AlloyDbCluster.class::cast).toList();
    List<Resource> out = new ArrayList<>(resources.size());
    for (Resource r : resources) {
      Optional<AlloyDbCluster> cluster = r instanceof AlloyDbInstance i
          ? clusters.stream().filter(i::inCluster).findFirst() : Optional.empty();
      Resource placed = cluster.<Resource>map(c -> ((AlloyDbInstance) r).onCluster(c)).orElse(r);
      out.add(placed); // r itself when nothing changes (onCluster): rules match stores by identity
    }
    return out;
  }
}
