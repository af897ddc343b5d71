package io.vpcgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Severity;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.engine.SkippedRule;
import io.vpcgate.engine.Wiring;
import io.vpcgate.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One shared report, rendered by every reporter, compared with its golden text. */
class ReportersTest {
  static final Report REPORT = new Report(
      List.of(
          new Finding("WIRE-06", "RedisEndpointMismatch", Severity.BLOCKING, Category.WIRING,
              "google_cloud_run_v2_service.backend", "REDIS_HOST is stale", "Use the instance's host",
              new Location.SourceLocation("backend.tf", 21),
              List.of(new Location.CloudLocation("projects/p/locations/r/instances/cache"))),
          new Finding("VPCC-01", "ConnectorNameInvalid", Severity.WARNING, Category.VALIDITY,
              "projects/p/locations/r/connectors/c", "name is long", "Shorten it",
              new Location.CloudLocation("projects/p/locations/r/connectors/c"), List.of()),
          new Finding("VPCC-05", "ConnectorInstanceBounds", Severity.BLOCKING, Category.CAPACITY,
              "google_vpc_access_connector.c", "max_instances = 20", "Set at most 10",
              new Location.SourceLocation("network.tf", 8), List.of())),
      List.of(new SkippedRule("CR-02", "WorkloadConnectorUnresolved", "needs live state (--snapshot)")),
      List.of(),
      List.of("google_x.y: count is unknown before apply"));

  /** The same findings with the rules that produced them and the resources each rule checked. */
  static final Report FULL = new Report(REPORT.findings(), REPORT.skipped(), List.of(
      new RuleMetadata("VPCC-01", "ConnectorNameInvalid", "Serverless VPC connector name is rejected by the API",
          Severity.BLOCKING, Category.VALIDITY, List.of(io.vpcgate.model.VpcConnector.class), Set.of(Input.DESIRED),
          "## Why\nThe API's pattern.\n"),
      new RuleMetadata("VPCC-05", "ConnectorInstanceBounds", "Serverless VPC connector instance bounds are outside the API's range",
          Severity.BLOCKING, Category.CAPACITY, List.of(io.vpcgate.model.VpcConnector.class), Set.of(Input.DESIRED), ""),
      new RuleMetadata("WIRE-06", "RedisEndpointMismatch", "Cloud Run Redis host or port is not the Redis instance's endpoint",
          Severity.BLOCKING, Category.WIRING, List.of(io.vpcgate.model.CloudRunService.class), Set.of(Input.DESIRED), "")),
      REPORT.notes(), List.of(),
      Map.of("VPCC-01", List.of("google_vpc_access_connector.c"),
          "VPCC-05", List.of("google_vpc_access_connector.c", "google_vpc_access_connector.d"),
          "WIRE-06", List.of("google_cloud_run_v2_service.backend")),
      List.of(),
      new Wiring(List.of(
          new Wiring.Node("s", "service", "Cloud Run backend", "us-central1", List.of("WIRE-06")),
          new Wiring.Node("c", "connector", "connector c", "10.8.0.0/28", List.of("VPCC-05")),
          new Wiring.Node("n", "network", "network vpc", "p", List.of()),
          new Wiring.Node("r", "redis", "Redis \"cache\"", "10.0.0.3:6379", List.of())),
          List.of(new Wiring.Edge("s", "c", "PRIVATE_RANGES_ONLY", false), new Wiring.Edge("c", "n", "", false),
              new Wiring.Edge("s", "r", "WIRE-06", true), new Wiring.Edge("r", "n", "peered", false))));

  /**
   * Compares with the golden file; {@code -Dgolden.update=true} rewrites the golden files instead (review the
   * diff before committing).
   */
  private static void assertGolden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/io/vpcgate/report/golden", name), actual,
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(golden(name), actual);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = ReportersTest.class.getResourceAsStream("golden/" + name)) {
      if (in == null) {
        throw new AssertionError("no golden file golden/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void sarif_golden() throws IOException {
    assertGolden("report.sarif", new SarifReporter(new ToolInfo("vpcgate", "1.2.3")).render(FULL));
  }

  @Test
  void junit_golden_andWellFormedXml() throws Exception {
    String xml = new JunitReporter().render(FULL);
    assertGolden("report.junit.xml", xml);
    org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals(7, doc.getElementsByTagName("testcase").getLength(),
        "4 checked resources, a live-only subject, a skipped rule, a value not evaluated");
    assertEquals(2, doc.getElementsByTagName("failure").getLength(), "findings at --fail-on (blocking) fail");
    assertEquals(2, doc.getElementsByTagName("skipped").getLength());
    org.w3c.dom.Element suites = doc.getDocumentElement();
    assertEquals("2", suites.getAttribute("failures"));
    assertEquals(doc.getElementsByTagName("testcase").getLength(), Integer.parseInt(suites.getAttribute("tests")));
  }

  @Test
  void junit_oneFailurePerCase_warningsFailOnlyAtFailOnWarning() throws Exception {
    Finding a = new Finding("DRIFT-01", "AttributeDrift", Severity.BLOCKING, Category.DRIFT, "google_x.a", "one", "fix",
        new Location.SourceLocation("a.tf", 1), List.of(), java.util.Optional.empty(), "min");
    Finding b = new Finding("DRIFT-01", "AttributeDrift", Severity.BLOCKING, Category.DRIFT, "google_x.a", "two", "fix",
        new Location.SourceLocation("a.tf", 2), List.of(), java.util.Optional.empty(), "max");
    Finding w = new Finding("DRIFT-01", "AttributeDrift", Severity.WARNING, Category.DRIFT, "google_x.b", "three", "fix",
        new Location.SourceLocation("a.tf", 3), List.of(), java.util.Optional.empty(), "max");
    RuleMetadata drift = new RuleMetadata("DRIFT-01", "AttributeDrift", "drift", Severity.WARNING, Category.DRIFT,
        List.of(io.vpcgate.model.VpcConnector.class), Set.of(Input.DESIRED), "");
    Report r = new Report(List.of(a, b, w), List.of(), List.of(drift), List.of(), List.of(),
        Map.of("DRIFT-01", List.of("google_x.a", "google_x.b")), List.of(), Wiring.EMPTY, List.of(), List.of());
    String xml = new JunitReporter().render(r);
    assertEquals(1, count(xml, "<failure "), xml);
    assertTrue(xml.contains("message=\"one (and 1 more)\""), xml);
    assertTrue(xml.contains("<system-out>warning: a.tf:3: three"), xml);
    String strict = new JunitReporter().render(r.withGate(new io.vpcgate.engine.Gate(java.util.Optional.of(Severity.WARNING),
        false)));
    assertEquals(2, count(strict, "<failure "), strict);
    assertTrue(strict.contains("failures=\"2\""), strict);
  }

  private static int count(String s, String part) {
    return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void markdown_golden() throws IOException {
    assertGolden("report.md", new MarkdownReporter().render(FULL));
  }

  @Test
  void markdown_staysUnderGithubsCommentLimit() {
    List<Finding> many = new java.util.ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      many.add(new Finding("VPCC-05", "ConnectorInstanceBounds", Severity.BLOCKING, Category.CAPACITY,
          "google_vpc_access_connector.c" + i, "max_instances = 20 is outside the API range 3..10 " + "x".repeat(80),
          "Set max_instances to at most 10", new Location.SourceLocation("network.tf", i + 1), List.of()));
    }
    String md = new MarkdownReporter().render(new Report(many, List.of(), List.of(), List.of()));
    assertTrue(md.length() < 65_536, "length " + md.length());
    assertTrue(md.contains("more findings, left out to fit a comment"), md.substring(md.length() - 300));
  }

  @Test
  void github_golden() throws IOException {
    assertGolden("report.github.txt", new GithubReporter("infra/staging").render(FULL));
  }

  @Test
  void text_golden() {
    assertEquals("""
        backend.tf:21: blocking: [WIRE-06 RedisEndpointMismatch] google_cloud_run_v2_service.backend: REDIS_HOST is stale
            fix: Use the instance's host
            related: projects/p/locations/r/instances/cache
            see: vpcgate rules WIRE-06 (docs/rules/RedisEndpointMismatch.md)

        network.tf:8: blocking: [VPCC-05 ConnectorInstanceBounds] google_vpc_access_connector.c: max_instances = 20
            fix: Set at most 10
            see: vpcgate rules VPCC-05 (docs/rules/ConnectorInstanceBounds.md)

        Project p:

        projects/p/locations/r/connectors/c: warning: [VPCC-01 ConnectorNameInvalid] name is long
            fix: Shorten it
            see: vpcgate rules VPCC-01 (docs/rules/ConnectorNameInvalid.md)

        Skipped rules:
          CR-02 WorkloadConnectorUnresolved: needs live state (--snapshot)

        Not evaluated (no finding is guessed from what could not be read or known before apply):
          google_x.y: count is unknown before apply

        vpcgate: BLOCKED: 2 blocking, 1 warning, 0 info; 0 rules ran, 1 skipped, 1 not evaluated
        """, new TextReporter().render(REPORT));
  }

  @Test
  void text_colourOnlyWhenAsked() {
    String plain = new TextReporter(false).render(REPORT);
    String coloured = new TextReporter(true).render(REPORT);
    assertTrue(!plain.contains("\u001b["), "no escape codes unless asked");
    assertTrue(coloured.contains("\u001b[1;31mblocking\u001b[0m"), coloured);
    assertEquals(plain, coloured.replaceAll("\u001b\\[[0-9;]*m", ""), "colour changes nothing else");
  }

  @Test
  void json_golden() {
    assertEquals("""
        {
          "schemaVersion" : 1,
          "tool" : {
            "name" : "vpcgate",
            "version" : "1.2.3"
          },
          "summary" : {
            "verdict" : "blocked",
            "blocking" : 2,
            "warning" : 1,
            "info" : 0,
            "suppressed" : 0,
            "notEvaluated" : 0,
            "notes" : 1
          },
          "findings" : [ {
            "ruleId" : "WIRE-06",
            "rule" : "RedisEndpointMismatch",
            "severity" : "BLOCKING",
            "category" : "wiring",
            "resource" : "google_cloud_run_v2_service.backend",
            "message" : "REDIS_HOST is stale",
            "remediation" : "Use the instance's host",
            "fingerprint" : "e619fe82fefe6cf0216073cfd0160b19",
            "location" : {
              "file" : "backend.tf",
              "line" : 21
            },
            "related" : [ "projects/p/locations/r/instances/cache" ]
          }, {
            "ruleId" : "VPCC-05",
            "rule" : "ConnectorInstanceBounds",
            "severity" : "BLOCKING",
            "category" : "capacity",
            "resource" : "google_vpc_access_connector.c",
            "message" : "max_instances = 20",
            "remediation" : "Set at most 10",
            "fingerprint" : "56162968ad6b296448ca33add1431b64",
            "location" : {
              "file" : "network.tf",
              "line" : 8
            }
          }, {
            "ruleId" : "VPCC-01",
            "rule" : "ConnectorNameInvalid",
            "severity" : "WARNING",
            "category" : "validity",
            "resource" : "projects/p/locations/r/connectors/c",
            "message" : "name is long",
            "remediation" : "Shorten it",
            "fingerprint" : "b41dbbfcfef613d1a379100cf64ab68a"
          } ],
          "skipped" : [ {
            "ruleId" : "CR-02",
            "reason" : "needs live state (--snapshot)"
          } ],
          "notes" : [ "google_x.y: count is unknown before apply" ]
        }
        """, new JsonReporter(new ToolInfo("vpcgate", "1.2.3")).render(REPORT));
  }
}
