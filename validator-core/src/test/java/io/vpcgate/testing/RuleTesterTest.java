package io.vpcgate.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.VpcConnector;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The tester must fail on a missing finding, an unexpected one, and a wrong severity. */
class RuleTesterTest {

  @RuleInfo(id = "TEST-01", summary = "Connector named bad", severity = Severity.BLOCKING,
      category = Category.VALIDITY, appliesTo = {VpcConnector.class})
  static final class FlagsBadName implements Rule {
    @Override
    public Stream<Finding> check(RuleContext ctx) {
      return ctx.desired().all(VpcConnector.class).stream()
          .filter(c -> c.id().nameOr("").startsWith("bad"))
          .map(c -> ctx.finding(c, VpcConnector.NAME).message("connector %s is bad", c.id().nameOr("")).remediation("rename").build());
    }
  }

  private static RuleTester tester(String tf) {
    return RuleTester.of(new FlagsBadName(), RuleTesterTest.class).addTerraformLines("main.tf", tf);
  }

  @Test
  void matchingMarker_passes() {
    tester("""
        resource "google_vpc_access_connector" "a" {
          # BUG: Finding contains: connector bad1 is bad
          name = "bad1"
        }
        """).expectMarkers();
  }

  @Test
  void missingFinding_fails() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> tester("""
        resource "google_vpc_access_connector" "a" {
          # BUG: Finding contains: is bad
          name = "good"
        }
        """).expectMarkers());
    assertTrue(e.getMessage().contains("missing BLOCKING finding at main.tf:3"), e.getMessage());
  }

  @Test
  void unexpectedFinding_fails() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> tester("""
        resource "google_vpc_access_connector" "a" {
          # BUG: Finding contains: bad1
          name = "bad1"
        }
        resource "google_vpc_access_connector" "b" {
          name = "bad2"
        }
        """).expectMarkers());
    assertTrue(e.getMessage().contains("unexpected finding at main.tf:6"), e.getMessage());
  }

  @Test
  void wrongSeverity_fails() {
    assertThrows(AssertionFailedError.class, () -> tester("""
        resource "google_vpc_access_connector" "a" {
          # WARN: Finding contains: bad1
          name = "bad1"
        }
        """).expectMarkers());
  }

  @Test
  void cleanFixtureWithAFinding_fails() {
    assertThrows(AssertionFailedError.class, () -> tester("""
        resource "google_vpc_access_connector" "a" { name = "bad" }
        """).expectNoFindings());
  }
}
