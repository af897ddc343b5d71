package io.vpcgate.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.engine.LiveSource;
import io.vpcgate.input.InputException;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.VpcConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** --asset-table: a Cloud Asset Inventory export in BigQuery, read with the real client against a loopback fake. */
class AssetTableTest {
  static final Path INCIDENT = Path.of("..", "samples", "staging-incident", "live.json");
  static final String TABLE = "acme-inventory.assets.export";

  private static List<FakeBigQuery.Row> incident() throws Exception {
    return FakeBigQuery.rows(Files.readString(INCIDENT));
  }

  private static LiveSource.Result read(FakeBigQuery bq, String table, Set<String> projects, List<String> messages) {
    LiveSource.Result r = new GcpLiveSource(bq.options()).read(new LiveSource.Query(Optional.empty(), List.of(),
        Optional.empty(), Set.of(), Optional.of(table), projects), line -> { });
    messages.addAll(r.messages());
    return r;
  }

  private static List<String> stringArray(JsonNode parameter) {
    List<String> out = new ArrayList<>();
    parameter.path("parameterValue").path("arrayValues").forEach(v -> out.add(v.path("value").asText()));
    return out;
  }

  private static JsonNode parameter(JsonNode job, String name) {
    for (JsonNode p : job.path("configuration").path("query").path("queryParameters")) {
      if (p.path("name").asText().equals(name)) {
        return p;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  @Test
  void oneTable_rowsBecomeResources_andTheQueryAsksOnlyForTheTypesVpcgateReads() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery()) {
      List<FakeBigQuery.Row> rows = new ArrayList<>(incident());
      rows.add(new FakeBigQuery.Row("//storage.googleapis.com/bucket-1", "storage.googleapis.com/Bucket", "US",
          "{\"name\": \"bucket-1\"}", List.of("projects/111")));
      bq.table("assets.export", rows);
      List<String> messages = new ArrayList<>();
      LiveSource.Result r = read(bq, TABLE, Set.of(), messages);
      assertEquals(List.of(), r.gaps());
      assertEquals(1, r.graph().all(VpcConnector.class).size());
      assertEquals(1, r.graph().all(RedisInstance.class).size());
      assertEquals(1, r.graph().all(CloudRunService.class).size());
      List<JsonNode> queries = bq.queries();
      assertEquals(1, queries.size(), "one query job");
      JsonNode q = queries.get(0).path("configuration").path("query");
      assertFalse(q.path("useLegacySql").asBoolean(true), "Standard SQL");
      assertTrue(q.path("destinationTable").isMissingNode(), "no destination table: nothing is written");
      assertTrue(q.path("query").asText().contains("asset_type IN UNNEST(@types)"), q.toString());
      assertEquals(new TreeSet<>(Kinds.assetTypes()), new TreeSet<>(stringArray(parameter(queries.get(0), "types"))));
      assertTrue(parameter(queries.get(0), "projects").isMissingNode(), "no project named: the whole table");
      assertTrue(messages.get(0).matches("BigQuery scanned [0-9.]+ MB of acme-inventory\\.assets\\.export \\(billed 10 MB, 8 rows\\)"),
          messages.toString());
    }
  }

  @Test
  void coverage_isWhatTheRowsShow_perProjectAndApi() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery().table("assets.export", incident())) {
      var coverage = read(bq, TABLE, Set.of(), new ArrayList<>()).coverage();
      assertTrue(coverage.covers("redis_instance", "acme-staging", "us-east1"), "rows of the Redis API cover its Redis: " + coverage);
      assertTrue(coverage.covers("router_nat", "acme-staging", "us-central1"), "read with its router");
      assertFalse(coverage.covers("secret", "acme-staging", "us-central1"), "no Secret Manager rows: not evaluated, not absent");
      assertFalse(coverage.covers("redis_instance", "acme-prod", "us-central1"), "a project the table holds nothing of");
    }
  }

  @Test
  void terraformsProjects_restrictTheQuery_andKeepAssetsNamedByProjectNumber() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery()) {
      List<FakeBigQuery.Row> rows = new ArrayList<>(incident());
      rows.addAll(FakeBigQuery.rows(Files.readString(INCIDENT).replace("acme-staging", "acme-other")));
      rows.add(new FakeBigQuery.Row("//cloudresourcemanager.googleapis.com/projects/111",
          "cloudresourcemanager.googleapis.com/Project", "global",
          "{\"projectNumber\": \"111\", \"projectId\": \"acme-staging\"}", List.of("projects/111")));
      rows.add(new FakeBigQuery.Row("//secretmanager.googleapis.com/projects/111/secrets/jwt",
          "secretmanager.googleapis.com/Secret", "global", "{\"name\": \"projects/111/secrets/jwt\"}", List.of("projects/111")));
      bq.table("assets.export", rows);
      LiveSource.Result r = read(bq, TABLE, Set.of("acme-staging"), new ArrayList<>());
      JsonNode job = bq.queries().get(0);
      assertEquals(List.of("acme-staging"), stringArray(parameter(job, "projects")));
      assertTrue(job.path("configuration").path("query").path("query").asText().contains("IN UNNEST(@projects)"));
      assertEquals(Set.of("acme-staging"), r.graph().all(VpcConnector.class).stream().map(c -> c.id().projectOr(""))
          .collect(java.util.stream.Collectors.toSet()), "only the Terraform's project came back");
      assertEquals(1, r.graph().all(io.vpcgate.model.Secret.class).size(), "its secret, named by project number, too");
      assertTrue(r.coverage().covers("secret", "acme-staging", "us-central1"), r.coverage().toString());
    }
  }

  @Test
  void perAssetTypeTables_areFoundUnderThePrefix_andReadAsJson() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery()) {
      for (FakeBigQuery.Row row : incident()) {
        bq.table("assets.export_" + row.assetType().replaceAll("[^A-Za-z0-9]", "_"), List.of(row));
      }
      bq.table("assets.export_storage_googleapis_com_Bucket", List.of(new FakeBigQuery.Row("//storage.googleapis.com/b",
          "storage.googleapis.com/Bucket", "US", "{}", List.of())));
      LiveSource.Result r = read(bq, TABLE, Set.of(), new ArrayList<>());
      assertEquals(List.of(), r.gaps());
      assertEquals(1, r.graph().all(RedisInstance.class).size());
      String sql = bq.queries().get(0).path("configuration").path("query").path("query").asText();
      assertTrue(sql.contains("`acme-inventory.assets.export_redis_googleapis_com_Instance`"), sql);
      assertTrue(sql.contains("TO_JSON_STRING(resource.data)") && sql.contains("assetType IN UNNEST(@types)"), sql);
      assertFalse(sql.contains("Bucket"), "a type vpcgate does not read is not scanned: " + sql);
    }
  }

  @Test
  void manyRows_arePaged() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery().maxPage(3).table("assets.export", incident())) {
      LiveSource.Result r = read(bq, TABLE, Set.of(), new ArrayList<>());
      assertEquals(8, r.assets());
      List<String> pages = bq.requests().stream().map(FakeBigQuery.Request::path).filter(p -> p.contains("/data?")).toList();
      assertEquals(3, pages.size(), pages.toString());
      assertTrue(pages.get(1).contains("pageToken=3") && pages.get(2).contains("pageToken=6"), pages.toString());
    }
  }

  @Test
  void permissionDenied_isAGapNamingTheTableAndTheRoles() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery().table("assets.export", incident()).fail("POST", 403, "accessDenied")) {
      LiveSource.Result r = read(bq, TABLE, Set.of(), new ArrayList<>());
      assertEquals(1, r.gaps().size());
      String m = r.gaps().get(0).message();
      assertTrue(m.startsWith("cannot read the asset table acme-inventory.assets.export: PERMISSION_DENIED"), m);
      assertTrue(m.contains("roles/bigquery.jobUser") && m.contains("roles/bigquery.dataViewer"), m);
      assertTrue(r.gaps().get(0).kinds().contains("redis_instance"), "the rules needing what the table holds are skipped");
      assertFalse(r.coverage().covers("redis_instance", "acme-staging", "us-central1"));
    }
  }

  @Test
  void aMissingTable_isAGap() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery().table("assets.other", incident())) {
      LiveSource.Result r = read(bq, TABLE, Set.of(), new ArrayList<>());
      String m = r.gaps().get(0).message();
      assertTrue(m.startsWith("cannot read the asset table acme-inventory.assets.export: NOT_FOUND (no table export in "
          + "acme-inventory.assets, nor per-asset-type tables export_<asset type>)"), m);
      assertTrue(bq.queries().isEmpty(), "no query without a table");
    }
  }

  @Test
  void aQueryError_isAGapWithBigQuerysMessage() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery().table("assets.export", incident()).fail("POST", 400, "invalidQuery")) {
      String m = read(bq, TABLE, Set.of(), new ArrayList<>()).gaps().get(0).message();
      assertTrue(m.contains("acme-inventory.assets.export: the query failed (invalidQuery: injected by the test"), m);
    }
  }

  @Test
  void noAnswer_isAGapAfterTheCallTimeout() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery().table("assets.export", incident()).hangOn("/queries/")) {
      LiveSource.Result r = new GcpLiveSource(bq.options()).withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(1))
          .read(new LiveSource.Query(Optional.empty(), List.of(), Optional.empty(), Set.of(), Optional.of(TABLE), Set.of()),
              line -> { });
      String m = r.gaps().get(0).message();
      assertTrue(m.startsWith("cannot read the asset table acme-inventory.assets.export: no answer within"), m);
    }
  }

  @Test
  void aRowWhoseDataIsNotJson_isAnInputErrorNamingTheTableAndTheAsset() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery()) {
      List<FakeBigQuery.Row> rows = new ArrayList<>(incident());
      rows.add(new FakeBigQuery.Row("//redis.googleapis.com/projects/acme-staging/locations/us-central1/instances/broken",
          "redis.googleapis.com/Instance", "us-central1", "{\"host\": ", List.of()));
      bq.table("assets.export", rows);
      InputException e = assertThrows(InputException.class, () -> read(bq, TABLE, Set.of(), new ArrayList<>()));
      assertTrue(e.getMessage().startsWith("acme-inventory.assets.export: row "
          + "//redis.googleapis.com/projects/acme-staging/locations/us-central1/instances/broken: resource.data is not JSON"),
          e.getMessage());
    }
  }

  @Test
  void onlyReadsAreMade() throws Exception {
    try (FakeBigQuery bq = new FakeBigQuery().table("assets.export", incident())) {
      read(bq, TABLE, Set.of("acme-staging"), new ArrayList<>());
      for (FakeBigQuery.Request r : bq.requests()) {
        assertTrue(r.method().equals("GET") || r.path().matches("/bigquery/v2/projects/[^/]+/jobs\\?.*"), r.toString());
      }
      String sql = bq.queries().get(0).path("configuration").path("query").path("query").asText();
      assertTrue(sql.startsWith("SELECT"), sql);
    }
  }

  @Test
  void tableNames_andThePerTypeNaming() {
    AssetTable t = AssetTable.parse("example.com:acme-inv.cai.export");
    assertEquals("example.com:acme-inv", t.project());
    assertEquals("export_vpcaccess_googleapis_com_Connector", t.perType("vpcaccess.googleapis.com/Connector"));
    assertThrows(IllegalArgumentException.class, () -> AssetTable.parse("acme.export"));
  }
}
