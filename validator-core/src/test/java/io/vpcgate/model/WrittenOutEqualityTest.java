package io.vpcgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The records whose equality is written out (for start-up) keep a record's: equal by their components, and only those. */
class WrittenOutEqualityTest {
  private static void same(Object a, Object b) {
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void attributes() {
    same(Attr.known("a"), Attr.known("a"));
    same(Attr.known(List.of(1L)), Attr.known(List.of(1L)));
    same(Attr.absent(), Attr.absent());
    same(Attr.unknown("known after apply"), Attr.unknown("known after apply"));
    assertNotEquals(Attr.known("a"), Attr.known("b"));
    assertNotEquals(Attr.unknown("known after apply"), Attr.unknown("a variable without a value"));
    assertNotEquals(Attr.<String>absent(), Attr.<String>unknown("x"));
    assertNotEquals(Attr.known("x"), Attr.unknown("x"));
    assertNotEquals(Attr.known(1L), Attr.known(1));
  }

  @Test
  void locationsAndFields() {
    same(new Location.SourceLocation("main.tf", 3), new Location.SourceLocation("main.tf", 3));
    assertNotEquals(new Location.SourceLocation("main.tf", 3), new Location.SourceLocation("main.tf", 4));
    assertNotEquals(new Location.SourceLocation("main.tf", 3), new Location.SourceLocation("vars.tf", 3));
    same(new Location.CloudLocation("projects/p/instances/r"), new Location.CloudLocation("projects/p/instances/r"));
    assertNotEquals(new Location.CloudLocation("main.tf:3"), new Location.SourceLocation("main.tf", 3));
    same(new Field("max instances"), new Field("max instances"));
    assertNotEquals(new Field("max instances"), new Field("min instances"));
  }
}
