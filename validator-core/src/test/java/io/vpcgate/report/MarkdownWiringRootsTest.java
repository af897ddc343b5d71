package io.vpcgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Report;
import io.vpcgate.engine.Wiring;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report of several root modules draws each root's resources apart, even where two roots share addresses. */
class MarkdownWiringRootsTest {
  private static Report root(String connectorFinding) {
    Wiring w = new Wiring(List.of(
        new Wiring.Node("res:google_cloud_run_v2_service.api", "service", "Cloud Run api", "us-central1", List.of()),
        new Wiring.Node("res:google_vpc_access_connector.c", "connector", "connector c", "10.8.0.0/28",
            connectorFinding.isEmpty() ? List.of() : List.of(connectorFinding)),
        new Wiring.Node("net:acme/vpc", "network", "network vpc", "acme", List.of())),
        List.of(new Wiring.Edge("res:google_cloud_run_v2_service.api", "res:google_vpc_access_connector.c", "", false),
            new Wiring.Edge("res:google_vpc_access_connector.c", "net:acme/vpc", "", false)));
    return new Report(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), w);
  }

  @Test
  void twoRootsWithTheSameAddresses_areTwoBoxes_andShareTheirNetwork() {
    Report both = Report.combine(List.of(root("").under("envs/dev"), root("VPCC-05").under("envs/prod")));
    String diagram = MarkdownReporter.mermaid(both.wiring());
    assertTrue(diagram.contains("subgraph r0[\"envs/dev\"]") && diagram.contains("subgraph r1[\"envs/prod\"]"), diagram);
    assertEquals(5, diagram.lines().filter(l -> l.matches("\\s+n\\d+[\\[{(].*")).count(), diagram); // 2 + 2 + 1 network
    assertEquals(1, diagram.lines().filter(l -> l.contains("network vpc")).count(), diagram);
    assertEquals(4, diagram.lines().filter(l -> l.contains(" --> ")).count(), diagram);
    assertTrue(diagram.contains("class n4 finding"), diagram); // prod's connector, not dev's
    assertTrue(!diagram.contains("class n1 finding"), diagram);
  }

  @Test
  void oneRootsDiagram_hasNoBox() {
    String diagram = MarkdownReporter.mermaid(root("").under(".").wiring());
    assertTrue(!diagram.contains("subgraph"), diagram);
  }
}
