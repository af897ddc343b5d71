package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vpcgate.gcp.FakeGcp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check --project and snapshot against fake Google Cloud servers (the real clients) serving the
 * incident sample's live state: the same findings as check --snapshot on the sample.
 */
class LiveCheckTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SAMPLE = CheckCommandTest.SAMPLE;
  @TempDir Path tmp;
  private FakeGcp gcp;

  @BeforeEach
  void start() throws IOException {
    gcp = new FakeGcp().load(incidentLiveWithV2Service());
  }

  @AfterEach
  void stop() {
    gcp.close();
  }

  /** The sample's snapshot, its Cloud Run service (v1 Knative shape there) in the v2 shape the v2 API returns. */
  static String incidentLiveWithV2Service() throws IOException {
    return incidentLiveWithV2Service(SAMPLE);
  }

  static String incidentLiveWithV2Service(Path sample) throws IOException {
    ArrayNode assets = (ArrayNode) JSON.readTree(Files.readString(sample.resolve("live.json")));
    for (int i = 0; i < assets.size(); i++) {
      if (assets.get(i).path("assetType").asText().equals("run.googleapis.com/Service")) {
        try (InputStream in = LiveCheckTest.class.getResourceAsStream("incident-backend-v2.json")) {
          assets.set(i, JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    }
    return assets.toString();
  }

  private CliRunner run(String... args) {
    return CliRunner.run(new io.vpcgate.gcp.GcpLiveSource(gcp.options()), args);
  }

  private static JsonNode findings(CliRunner r) throws IOException {
    return JSON.readTree(r.out()).get("findings");
  }

  @Test
  void liveRead_givesTheSnapshotsFindings() throws IOException {
    CliRunner live = run("check", SAMPLE.resolve("terraform").toString(), "--project", "acme-staging", "--format", "json");
    assertEquals(4, live.code(), live.err());
    CliRunner snapshot = CliRunner.run("check", SAMPLE.resolve("terraform").toString(), "--snapshot",
        SAMPLE.resolve("live.json").toString(), "--format", "json");
    assertEquals(findings(snapshot), findings(live));
  }

  @Test
  void snapshotCommand_writesWhatTheLiveRunSaw() throws IOException {
    Path file = tmp.resolve("live.json");
    CliRunner snap = run("snapshot", "--project", "acme-staging", "--output", file.toString());
    assertEquals(0, snap.code(), snap.err());
    assertTrue(snap.err().contains("vpcgate: wrote 8 assets to"), snap.err());
    CliRunner fromFile = CliRunner.run("check", SAMPLE.resolve("terraform").toString(), "--snapshot", file.toString(),
        "--format", "json");
    CliRunner live = run("check", SAMPLE.resolve("terraform").toString(), "--project", "acme-staging", "--format", "json");
    assertEquals(findings(live), findings(fromFile));
    assertTrue(gcp.behaviour().called().stream().noneMatch(m -> m.contains("AuthString")));
  }

  @Test
  void anApiDenied_failsClosedWithExit5_listingWhatWasNotRead() throws IOException {
    gcp.behaviour().fail("CloudRedis/ListInstances", 7, 7, 7, 7, 7, 7, 7, 7);
    CliRunner r = run("check", SAMPLE.resolve("terraform").toString(), "--project", "acme-staging", "--format", "json");
    assertEquals(5, r.code(), r.err());
    ReportSchemaTest.assertValid(r.out());
    JsonNode report = JSON.readTree(r.out());
    assertTrue(report.get("incomplete").get(0).asText().contains("grant roles/redis.viewer"), r.out());
    List<String> skipped = new java.util.ArrayList<>();
    report.get("skipped").forEach(s -> skipped.add(s.get("ruleId").asText() + " " + s.get("reason").asText()));
    assertTrue(skipped.stream().anyMatch(s -> s.startsWith("WIRE-06 live state incomplete: cannot list Memorystore")),
        skipped.toString());
    assertTrue(r.err().contains("vpcgate: cannot list Memorystore instances in acme-staging: PERMISSION_DENIED"), r.err());

    CliRunner allowed = run("check", SAMPLE.resolve("terraform").toString(), "--project", "acme-staging",
        "--allow-incomplete");
    assertEquals(4, allowed.code(), "still blocked by what could be checked");
    assertTrue(allowed.out().contains("Incomplete: what could not be read or evaluated"), allowed.out());
  }

  @Test
  void apiNotEnabled_meansNoneOfItsResources_notAGap() {
    gcp.behaviour().fail("CloudRedis/ListInstances", 7, 7, 7, 7).describe("CloudRedis/ListInstances",
        "Google Cloud Memorystore for Redis API has not been used in project 123456789012 before or it is disabled. "
            + "Enable it by visiting https://console.developers.google.com/apis/api/redis.googleapis.com/overview");
    CliRunner r = run("check", SAMPLE.resolve("terraform").toString(), "--project", "acme-staging");
    assertEquals(4, r.code(), r.err());
    assertTrue(r.out().contains("the Memorystore for Redis API is not enabled in acme-staging, so it has no Memorystore "
        + "instances"), r.out());
    assertTrue(r.out().contains("[WIRE-01 PrivateTargetWithoutVpcEgress]"), "the rules still ran");
  }

  @Test
  void permissionDeniedWithoutTheDisabledReason_isAGap() {
    gcp.behaviour().fail("Services/ListServices", 7, 7, 7, 7, 7, 7, 7, 7);
    CliRunner r = run("check", SAMPLE.resolve("terraform").toString(), "--project", "acme-staging");
    assertEquals(5, r.code(), r.err());
    assertTrue(r.err().contains("cannot list Cloud Run services in acme-staging/us-central1: PERMISSION_DENIED; perhaps you "
        + "should grant roles/run.viewer"), r.err());
    assertTrue(r.out().contains("vpcgate: INCOMPLETE (some live state, modules or rules could not be read or evaluated)"), r.out());
  }

  @Test
  void driftCommand_readsLiveStateToo() throws IOException {
    CliRunner r = run("drift", SAMPLE.resolve("terraform").toString(), "--project", "acme-staging", "--format", "json");
    assertEquals(4, r.code(), r.err());
    JsonNode findings = findings(r);
    assertTrue(findings.size() > 0);
    findings.forEach(f -> assertTrue(f.get("ruleId").asText().startsWith("DRIFT-"), f.toString()));
  }

  @Test
  void assetScope_readsThroughCloudAssetInventory() throws IOException {
    for (JsonNode a : JSON.readTree(incidentLiveWithV2Service())) {
      com.google.cloud.asset.v1.Asset.Builder b = com.google.cloud.asset.v1.Asset.newBuilder();
      com.google.protobuf.util.JsonFormat.parser().ignoringUnknownFields().merge(a.toString(), b);
      gcp.assets().add(b.build());
    }
    CliRunner scope = run("check", SAMPLE.resolve("terraform").toString(), "--asset-scope", "folders/7", "--format", "json");
    CliRunner project = run("check", SAMPLE.resolve("terraform").toString(), "--project", "acme-staging", "--format", "json");
    assertEquals(4, scope.code(), scope.err());
    // A read of a whole scope asked Cloud Asset for every kind of every project, secrets included: it knows the
    // secret does not exist. The project read never lists Secret Manager, so there it is not evaluated.
    List<JsonNode> scoped = new java.util.ArrayList<>();
    findings(scope).forEach(f -> {
      if (!f.get("ruleId").asText().equals("CR-09")) {
        scoped.add(f);
      }
    });
    List<JsonNode> projected = new java.util.ArrayList<>();
    findings(project).forEach(projected::add);
    assertEquals(projected, scoped);
    assertTrue(findings(scope).toString().contains("backend-database-url, which does not exist"), scope.out());
    assertTrue(JSON.readTree(project.out()).get("notEvaluated").toString()
        .contains("no live Secret Manager secret data was read for project acme-staging"), project.out());
  }

  @Test
  void liveOptions_usageErrors() {
    assertEquals(2, run("check", "--snapshot", "x.json", "--project", "p").code());
    assertEquals(2, run("check", "--region", "us-central1").code());
    assertEquals(2, run("check", "--asset-scope", "orgs/1").code());
    assertEquals(2, run("snapshot", "--output", tmp.resolve("x").toString()).code());
  }
}
