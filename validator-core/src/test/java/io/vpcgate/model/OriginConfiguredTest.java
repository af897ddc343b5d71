package io.vpcgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Origin.configured: a path is configured when it or something under it ('.' or '[' after it) is written. */
class OriginConfiguredTest {
  private static Origin written(String... paths) {
    Map<String, Location> attributes = new LinkedHashMap<>();
    for (String p : paths) {
      attributes.put(p, new Location.SourceLocation("main.tf", 1));
    }
    return new Origin("google_x.y", Side.DESIRED, new Location.SourceLocation("main.tf", 1), attributes);
  }

  @Test
  void itselfOrUnderItButNotAnotherNameItBegins() {
    Origin o = written("subnetwork", "template[0].vpc_access[0].connector", "labels.env");
    assertEquals(Optional.of(true), o.configured("subnetwork"));
    assertEquals(Optional.of(false), o.configured("subnet"), "subnetwork is not under subnet");
    assertEquals(Optional.of(true), o.configured("template"));
    assertEquals(Optional.of(true), o.configured("template[0].vpc_access"));
    assertEquals(Optional.of(false), o.configured("template[0].vpc"));
    assertEquals(Optional.of(true), o.configured("labels"));
    assertEquals(Optional.of(false), o.configured("labels.env.x"));
    assertEquals(Optional.empty(), Origin.live("projects/p/x").configured("labels"), "a live resource does not know");
  }
}
