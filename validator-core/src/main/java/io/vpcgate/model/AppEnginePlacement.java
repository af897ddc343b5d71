package io.vpcgate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An App Engine version runs where its project's application is: a graph places each version whose
 * region is not known in the region of its project's {@code location_id}, when the graph holds the
 * application and the location names a region.
 */
final class AppEnginePlacement {
  private AppEnginePlacement() {}

  static List<Resource> placed(List<Resource> resources) {
    if (resources.stream().noneMatch(r -> r instanceof AppEngineVersion v && !v.id().region().isKnown())) {
      return resources;
    }
    Map<String, String> regionByProject = resources.stream().filter(AppEngineApplication.class::isInstance)
        .map(AppEngineApplication.class::cast)
        .filter(a -> a.id().project().isKnown() && a.locationId().isKnown())
        .filter(a -> AppEngineLocations.region(a.locationId().known().get()).isKnown())
        .collect(Collectors.toMap(a -> a.id().project().known().get(),
            a -> AppEngineLocations.region(a.locationId().known().get()).known().get(), (x, y) -> x));
    List<Resource> out = new ArrayList<>(resources.size());
    for (Resource r : resources) {
      if (r instanceof AppEngineVersion v && !v.id().region().isKnown() && v.id().project().isKnown()
          && regionByProject.containsKey(v.id().project().known().get())) {
        out.add(v.inRegion(regionByProject.get(v.id().project().known().get())));
      } else {
        out.add(r);
      }
    }
    return out;
  }
}
