package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

/** What every run must end in, whatever its input: a report, or one clean line saying what could not be read. */
final class Outcome {
  private static final Set<Integer> CLEAN = Set.of(0, 3, 4, 5);

  private Outcome() {}

  static void assertClean(CliRunner r) {
    String shown = "exit " + r.code() + "\nstderr: " + clip(r.err()) + "\nstdout: " + clip(r.out());
    assertTrue(CLEAN.contains(r.code()), shown);
    assertFalse(r.err().contains("\tat ") || r.out().contains("\tat "), "a stack trace: " + shown);
    assertFalse(r.err().contains("Exception") || r.err().contains("Error:"), "an exception's name: " + shown);
    if (r.code() == 3) {
      assertEquals(1, r.err().lines().filter(l -> !l.isBlank()).count(), "one line saying what and where: " + shown);
      assertTrue(r.err().startsWith("vpcgate: "), shown);
    }
  }

  private static String clip(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
  }
}
