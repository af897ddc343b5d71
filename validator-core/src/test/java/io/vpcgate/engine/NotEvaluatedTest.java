package io.vpcgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.vpcgate.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The written-out equality is a record's: every component counts, and null equals null. */
class NotEvaluatedTest {
  private static final Location AT = new Location.SourceLocation("main.tf", 3);

  @Test
  void equalWhenEveryComponentIs() {
    NotEvaluated a = new NotEvaluated("X-01", "Rule", "google_x.a", AT, "unknown");
    NotEvaluated b = new NotEvaluated("X-01", "Rule", "google_x.a", new Location.SourceLocation("main.tf", 3), "unknown");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(new NotEvaluated(null, null, null, null, null), new NotEvaluated(null, null, null, null, null));
    assertEquals(new NotEvaluated(null, null, null, null, null).hashCode(),
        new NotEvaluated(null, null, null, null, null).hashCode());
    for (NotEvaluated other : List.of(
        new NotEvaluated("X-02", "Rule", "google_x.a", AT, "unknown"),
        new NotEvaluated("X-01", "Other", "google_x.a", AT, "unknown"),
        new NotEvaluated("X-01", "Rule", "google_x.b", AT, "unknown"),
        new NotEvaluated("X-01", "Rule", "google_x.a", new Location.SourceLocation("main.tf", 4), "unknown"),
        new NotEvaluated("X-01", "Rule", "google_x.a", null, "unknown"),
        new NotEvaluated("X-01", "Rule", "google_x.a", AT, "not read"))) {
      assertNotEquals(a, other);
      assertNotEquals(other, a);
    }
    assertNotEquals(a, "X-01");
    assertNotEquals(a, null);
  }
}
