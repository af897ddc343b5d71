package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** vpcgate audit: the live wiring judged alone, no Terraform. */
class AuditCommandTest {
  static final Path INCIDENT = CheckCommandTest.SAMPLE.resolve("live.json");
  static final Path HEALTHY = Path.of("..", "samples", "healthy", "live.json");

  @Test
  void theIncidentsLiveStateAlone_reportsTheStaleRedisHostOnTheLiveBackend() throws IOException {
    CliRunner r = CliRunner.run("audit", "--snapshot", INCIDENT.toString(), "--format", "json");
    assertEquals(ExitCode.FINDINGS.code(), r.code(), r.err());
    boolean stale = false;
    for (JsonNode f : CheckCommandTest.JSON.readTree(r.out()).get("findings")) {
      assertTrue(!f.get("category").asText().equals("drift"), "drift compares Terraform with live: not in an audit");
      if (f.get("ruleId").asText().equals("WIRE-06")) {
        stale = true;
        assertEquals("projects/acme-staging/locations/us-central1/services/backend", f.get("resource").asText());
        assertTrue(f.get("message").asText().contains("REDIS_HOST does not hold the address of Redis"), f.toString());
      }
      assertTrue(!f.get("ruleId").asText().startsWith("VPCC-0"), "the throughput the API derives is no finding: " + f);
    }
    assertTrue(stale, r.out());
  }

  @Test
  void theTextReport_groupsFindingsByProject() {
    CliRunner r = CliRunner.run("audit", "--snapshot", INCIDENT.toString());
    assertTrue(r.out().startsWith("Project acme-staging:\n\nprojects/acme-staging/"), r.out());
  }

  @Test
  void aHealthyProject_passes() {
    CliRunner r = CliRunner.run("audit", "--snapshot", HEALTHY.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("vpcgate: PASSED: 0 blocking, 0 warning"), r.out());
  }

  @Test
  void terraformInputsOrNoLiveState_areUsageErrors() {
    CliRunner withDir = CliRunner.run("audit", CheckCommandTest.SAMPLE.resolve("terraform").toString(), "--snapshot",
        INCIDENT.toString());
    assertEquals(ExitCode.USAGE.code(), withDir.code());
    assertTrue(withDir.err().contains("audit reads the live state alone"), withDir.err());
    CliRunner withVar = CliRunner.run("audit", "--snapshot", INCIDENT.toString(), "--var", "env=prod");
    assertEquals(ExitCode.USAGE.code(), withVar.code(), withVar.err());
    CliRunner none = CliRunner.run("audit");
    assertEquals(ExitCode.USAGE.code(), none.code());
    assertTrue(none.err().contains("give --snapshot FILE, --project P, --asset-scope S or --asset-table T"), none.err());
  }
}
