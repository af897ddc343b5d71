package io.vpcgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.model.Location;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which findings share a cause, which names it, and the order of the entries. */
class CausesTest {
  private static Finding f(String rule, Severity s, String subject, String about, String cause, String root, int line) {
    return new Finding(rule, rule + "Name", s, Category.WIRING, subject, rule + " on " + about, "fix",
        new Location.SourceLocation("main.tf", line), List.of(), Optional.empty(), about, cause, root);
  }

  @Test
  void oneValue_isOneEntry_namedByItsMostSevereFinding() {
    Finding drift = f("DRIFT-01", Severity.WARNING, "google_c.c", "max_instances", "", "", 8);
    Finding bounds = f("VPCC-05", Severity.BLOCKING, "google_c.c", "max_instances", "", "", 8);
    List<Causes.Entry> entries = Causes.of(List.of(drift, bounds));
    assertEquals(1, entries.size());
    assertEquals(bounds, entries.get(0).cause());
    assertEquals(List.of(drift), entries.get(0).consequences());
    assertEquals(bounds, Causes.causeOf(List.of(drift, bounds)).get(drift));
  }

  @Test
  void listPositions_doNotSeparateOneValue_butOtherResourcesAndRootsDo() {
    Finding a = f("A-01", Severity.BLOCKING, "google_c.c", "subnet[0].name", "", "", 1);
    Finding b = f("B-01", Severity.WARNING, "google_c.c", "subnet[1].name", "", "", 2);
    Finding other = f("B-01", Severity.WARNING, "google_c.d", "subnet.name", "", "", 3);
    Finding otherRoot = f("B-01", Severity.WARNING, "google_c.c", "envs/prod:subnet.name", "", "envs/prod", 4);
    List<Causes.Entry> entries = Causes.of(List.of(a, b, other, otherRoot));
    assertEquals(3, entries.size(), entries.toString());
    assertEquals(List.of(b), entries.get(0).consequences());
  }

  @Test
  void anEnvironmentVariable_isNotOneCause() {
    Finding stale = f("WIRE-06", Severity.BLOCKING, "google_s.s", "env:REDIS_HOST", "", "", 21);
    Finding noEgress = f("WIRE-01", Severity.BLOCKING, "google_s.s", "env:REDIS_HOST", "", "", 21);
    assertEquals(2, Causes.of(List.of(stale, noEgress)).size());
  }

  @Test
  void oneChange_andItsDeclaredConsequence_areOneEntry_namedByTheChange() {
    Finding connector = f("DRIFT-04", Severity.BLOCKING, "google_s.s", "connector", Causes.CHANGE + "x", "", 9);
    Finding probe = f("DRIFT-04", Severity.WARNING, "google_s.s", "startup probe", Causes.CHANGE + "x", "", 55);
    Finding noEgress = f("WIRE-01", Severity.BLOCKING, "google_s.s", "env:REDIS_HOST", Causes.VALUE + "connector", "", 5);
    Finding stale = f("WIRE-06", Severity.BLOCKING, "google_s.s", "env:REDIS_HOST", "", "", 21);
    List<Causes.Entry> entries = Causes.of(List.of(noEgress, probe, stale, connector));
    assertEquals(2, entries.size(), entries.toString());
    Causes.Entry change = entries.stream().filter(e -> e.cause() == connector).findFirst().orElseThrow();
    assertEquals(List.of(noEgress, probe), change.consequences().stream().sorted(Report.ORDER).toList());
    assertTrue(entries.stream().anyMatch(e -> e.cause() == stale && e.consequences().isEmpty()));
  }

  @Test
  void aConsequenceWithoutItsCause_standsAlone() {
    Finding noEgress = f("WIRE-01", Severity.BLOCKING, "google_s.s", "env:REDIS_HOST", Causes.VALUE + "connector", "", 5);
    assertEquals(List.of(new Causes.Entry(noEgress, List.of())), Causes.of(List.of(noEgress)));
  }

  @Test
  void entries_goBySeverityOfTheWholeEntry_thenReportOrder() {
    Finding info = f("DRIFT-01", Severity.INFO, "google_a.a", "", "", "", 1);
    Finding warnHead = f("DRIFT-04", Severity.WARNING, "google_b.b", "x", Causes.CHANGE + "c", "", 2);
    Finding blockingBeneath = f("WIRE-01", Severity.BLOCKING, "google_b.b", "env:A", Causes.VALUE + "x", "", 3);
    Finding warning = f("WIRE-09", Severity.WARNING, "google_a.a", "", "", "", 4);
    List<Causes.Entry> entries = Causes.of(List.of(info, warnHead, blockingBeneath, warning));
    assertEquals(List.of(warnHead, warning, info), entries.stream().map(Causes.Entry::cause).toList());
    assertEquals(Severity.BLOCKING, entries.get(0).severity());
  }
}
