package io.vpcgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.model.Location;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Findings sort by the file of their location without its line: as the text of the location without ":N". */
class ReportOrderTest {
  @Test
  void aLocationsFileIsItsTextWithoutTheLine() {
    assertEquals("envs/a/main.tf", Report.file(new Location.SourceLocation("envs/a/main.tf", 12)));
    assertEquals("projects/p/locations/r/services/api", Report.file(new Location.CloudLocation("projects/p/locations/r/services/api")));
    assertEquals("x", Report.file(new Location.CloudLocation("x:80")));
    assertEquals("x:", Report.file(new Location.CloudLocation("x:")));
  }

  @Test
  void agreesWithThePatternItReplaces() {
    Random random = new Random(5);
    String alphabet = "a:1/0.";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(10); n > 0; n--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int line = random.nextInt(5) - 1;
      for (Location at : new Location[] {new Location.SourceLocation(s.toString(), line), new Location.CloudLocation(s.toString())}) {
        assertEquals(at.toString().replaceAll(":\\d+$", ""), Report.file(at), at.toString());
      }
    }
  }
}
