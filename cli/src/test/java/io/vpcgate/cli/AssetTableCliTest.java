package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.gcp.FakeBigQuery;
import io.vpcgate.gcp.GcpLiveSource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** --asset-table end to end: the CLI with the real BigQuery client against the loopback fake serving the incident. */
class AssetTableCliTest {
  private static final String TABLE = "acme-inventory.cai.export";
  private FakeBigQuery bq;

  @BeforeEach
  void start() throws IOException {
    bq = new FakeBigQuery().table("cai.export", FakeBigQuery.rows(Files.readString(AuditCommandTest.INCIDENT)));
  }

  @AfterEach
  void stop() {
    bq.close();
  }

  private CliRunner run(String... args) {
    return CliRunner.run(new GcpLiveSource(bq.options()), args);
  }

  @Test
  void audit_ofTheIncidentsTable_blocksOnTheStaleRedisHost_andSaysWhatBigQueryScanned() throws IOException {
    CliRunner r = run("audit", "--asset-table", TABLE, "--format", "json");
    assertEquals(ExitCode.FINDINGS.code(), r.code(), r.err());
    boolean stale = false;
    for (JsonNode f : CheckCommandTest.JSON.readTree(r.out()).get("findings")) {
      if (f.get("ruleId").asText().equals("WIRE-06")) {
        stale = true;
        assertEquals("projects/acme-staging/locations/us-central1/services/backend", f.get("resource").asText());
      }
    }
    assertTrue(stale, r.out());
    assertTrue(r.err().matches("(?s)vpcgate: BigQuery scanned [0-9.]+ MB of acme-inventory\\.cai\\.export \\(billed 10 MB, 8 rows\\)\n"),
        r.err());
    CliRunner snapshot = CliRunner.run("audit", "--snapshot", AuditCommandTest.INCIDENT.toString(), "--format", "json");
    assertEquals(CheckCommandTest.JSON.readTree(snapshot.out()).get("findings"),
        CheckCommandTest.JSON.readTree(r.out()).get("findings"), "the table and the export it was made from agree");
  }

  @Test
  void check_asksTheTableForTheTerraformsProjectsOnly() {
    CliRunner r = run("check", CheckCommandTest.SAMPLE.resolve("terraform").toString(), "--asset-table", TABLE);
    assertEquals(ExitCode.FINDINGS.code(), r.code(), r.err());
    List<String> projects = new ArrayList<>();
    for (JsonNode p : bq.queries().get(0).path("configuration").path("query").path("queryParameters")) {
      if (p.path("name").asText().equals("projects")) {
        p.path("parameterValue").path("arrayValues").forEach(v -> projects.add(v.path("value").asText()));
      }
    }
    assertEquals(List.of("acme-staging"), projects);
  }

  @Test
  void snapshot_writesWhatTheTableHeld() throws IOException {
    java.nio.file.Path out = Files.createTempFile("vpcgate-table", ".json");
    try {
      CliRunner r = run("snapshot", "--asset-table", TABLE, "--output", out.toString());
      assertEquals(0, r.code(), r.err());
      assertTrue(Files.readString(out).contains("vpcgate/Coverage"));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  @Test
  void permissionDenied_failsClosed_withOneLineNamingTheTable() {
    bq.fail("POST", 403, "accessDenied");
    CliRunner r = run("audit", "--asset-table", TABLE);
    assertEquals(ExitCode.INCOMPLETE.code(), r.code(), r.err());
    assertTrue(r.err().contains("vpcgate: cannot read the asset table acme-inventory.cai.export: PERMISSION_DENIED"), r.err());
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
  }

  @Test
  void aMalformedRow_isAnInputError() throws IOException {
    bq.table("cai.export", List.of(new FakeBigQuery.Row("//vpcaccess.googleapis.com/projects/acme-staging/locations/"
        + "us-central1/connectors/bad", "vpcaccess.googleapis.com/Connector", "us-central1", "not json", List.of())));
    CliRunner r = run("audit", "--asset-table", TABLE);
    Outcome.assertClean(r);
    assertEquals(ExitCode.INPUT_ERROR.code(), r.code(), r.err());
    assertTrue(r.err().startsWith("vpcgate: acme-inventory.cai.export: row //vpcaccess.googleapis.com/projects/acme-staging/"
        + "locations/us-central1/connectors/bad: resource.data is not JSON"), r.err());
  }

  @Test
  void aMalformedTableName_orTwoSources_areUsageErrors() {
    CliRunner bad = run("audit", "--asset-table", "acme.export");
    assertEquals(ExitCode.USAGE.code(), bad.code());
    assertTrue(bad.err().startsWith("vpcgate: --asset-table must be PROJECT.DATASET.TABLE"), bad.err());
    CliRunner both = run("audit", "--asset-table", TABLE, "--asset-scope", "organizations/1");
    assertEquals(ExitCode.USAGE.code(), both.code());
    assertTrue(both.err().startsWith("vpcgate: give one of --project, --asset-scope and --asset-table"), both.err());
    CliRunner withSnapshot = run("audit", "--asset-table", TABLE, "--snapshot", AuditCommandTest.INCIDENT.toString());
    assertEquals(ExitCode.USAGE.code(), withSnapshot.code());
    assertTrue(bq.requests().isEmpty(), "nothing is asked of BigQuery on a usage error");
  }
}
