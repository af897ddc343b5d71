package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback fake of the BigQuery REST API (v2), as much of it as the Java client uses to run a
 * query and read its results: tables.get, tables.list, jobs.insert (dry runs too), jobs.get,
 * jobs.getQueryResults paged with pageToken, and tabledata.list. It does not parse SQL: it takes
 * the tables from the query's FROM clauses and applies the two filters vpcgate's query has, the
 * {@code @types} and {@code @projects} parameters, in Java. It records every request with its body,
 * so that tests can assert on what was asked; anything that would write (a DML statement, a
 * destination table, tables.insert, a delete) is refused with 405 and recorded.
 *
 * <p>Tables hold assets in the Cloud Asset export's columns: name, asset type, location, data (the
 * JSON text) and ancestors. BigQuery bills the columns a query reads over the whole table whatever
 * the WHERE clause, so the fake reports as processed the size of every row of the tables read, and
 * bills at least 10 MB per table, rounded up to the next MB (https://cloud.google.com/bigquery/pricing#on_demand_pricing).
 */
public final class FakeBigQuery implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FROM = Pattern.compile("FROM `([^`.]+)\\.([^`.]+)\\.([^`]+)`");
  private static final Pattern PROJECT = Pattern.compile("/projects/([^/]+)");
  private static final long MB = 1 << 20;

  /** A request as it arrived: method, path (and query string) and body. */
  public record Request(String method, String path, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** One row of an asset table. {@code data} is the text of resource.data (malformed in some tests). */
  public record Row(String name, String assetType, String location, String data, List<String> ancestors) {}

  private final HttpServer server;
  /** "dataset.table" → rows. */
  private final Map<String, List<Row>> tables = new ConcurrentHashMap<>();
  private final Map<String, List<Row>> results = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> jobs = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final Map<String, String> failureReasons = new ConcurrentHashMap<>();
  private final Set<String> hangs = ConcurrentHashMap.newKeySet();
  private volatile long latencyMs;
  private volatile int maxPage = 1000;

  public FakeBigQuery() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-bigquery");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  public String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The client options that point vpcgate's BigQuery client here (and nothing else anywhere). */
  public ClientOptions options() {
    return ClientOptions.fakes(Map.of(), root());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Adds rows to {@code dataset.table} (creating it). */
  public FakeBigQuery table(String datasetTable, List<Row> rows) {
    tables.computeIfAbsent(datasetTable, k -> new CopyOnWriteArrayList<>()).addAll(rows);
    return this;
  }

  /** The rows of a Cloud Asset snapshot (JSON array), each asset's data as JSON text. */
  public static List<Row> rows(String snapshotJson) throws IOException {
    List<Row> out = new ArrayList<>();
    for (JsonNode a : JSON.readTree(snapshotJson)) {
      List<String> ancestors = new ArrayList<>();
      a.path("ancestors").forEach(x -> ancestors.add(x.asText()));
      JsonNode r = a.path("resource");
      out.add(new Row(a.path("name").asText(), a.path("assetType").asText(a.path("asset_type").asText()),
          r.path("location").isMissingNode() ? null : r.path("location").asText(),
          r.has("data") ? r.get("data").toString() : null, ancestors));
    }
    return out;
  }

  /** The rows of a Cloud Asset export in NDJSON (gcloud asset export), one asset a line. */
  public static List<Row> ndjsonRows(java.nio.file.Path file) throws IOException {
    List<Row> out = new ArrayList<>();
    try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          out.addAll(rows("[" + line + "]"));
        }
      }
    }
    return out;
  }

  public FakeBigQuery latency(long ms) {
    latencyMs = ms;
    return this;
  }

  public FakeBigQuery maxPage(int rows) {
    maxPage = rows;
    return this;
  }

  /** Requests whose "METHOD path" contains {@code what} fail with {@code code} and BigQuery's {@code reason}. */
  public FakeBigQuery fail(String what, int code, String reason) {
    failures.put(what, code);
    failureReasons.put(what, reason);
    return this;
  }

  /** Requests whose "METHOD path" contains {@code what} never answer (well past any timeout). */
  public FakeBigQuery hangOn(String what) {
    hangs.add(what);
    return this;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The query jobs inserted (not dry runs): their request bodies. */
  public List<JsonNode> queries() {
    return requests.stream().filter(r -> r.method().equals("POST") && r.path().matches(".*/jobs(\\?.*)?"))
        .map(Request::json).filter(j -> !j.path("configuration").path("dryRun").asBoolean(false)).toList();
  }

  private void handle(HttpExchange x) throws IOException {
    java.io.InputStream in = x.getRequestBody();
    if ("gzip".equalsIgnoreCase(x.getRequestHeaders().getFirst("Content-Encoding"))) {
      in = new java.util.zip.GZIPInputStream(in); // the client gzips what it posts
    }
    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    String path = x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
    Request req = new Request(x.getRequestMethod(), path, body);
    requests.add(req);
    String key = req.method() + " " + x.getRequestURI().getPath();
    try {
      Thread.sleep(hangs.stream().anyMatch(key::contains) ? 60_000 : latencyMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    for (Map.Entry<String, Integer> f : failures.entrySet()) {
      if (key.contains(f.getKey())) {
        error(x, f.getValue(), failureReasons.get(f.getKey()), "injected by the test: " + failureReasons.get(f.getKey()));
        return;
      }
    }
    try {
      route(x, req, x.getRequestURI().getPath(), query(x.getRequestURI().getRawQuery()));
    } catch (RuntimeException e) {
      error(x, 500, "internalError", "the fake failed: " + e);
    }
  }

  private void route(HttpExchange x, Request req, String path, Map<String, String> q) throws IOException {
    String[] p = path.replaceFirst("^/bigquery/v2/", "").split("/");
    boolean get = req.method().equals("GET");
    if (get && p.length == 6 && p[2].equals("datasets") && p[4].equals("tables")) {
      tableGet(x, p[1], p[3], p[5]);
    } else if (get && p.length == 5 && p[2].equals("datasets") && p[4].equals("tables")) {
      tableList(x, p[1], p[3], q);
    } else if (req.method().equals("POST") && p.length == 3 && p[2].equals("jobs")) {
      jobInsert(x, p[1], req.json());
    } else if (get && p.length == 4 && p[2].equals("jobs")) {
      jobGet(x, p[3]);
    } else if (get && p.length == 4 && p[2].equals("queries")) {
      queryResults(x, p[3], q);
    } else if (get && p.length == 7 && p[6].equals("data")) {
      tableData(x, p[5], q);
    } else if (get) {
      error(x, 404, "notFound", "the fake has no " + path);
    } else {
      error(x, 405, "notAllowed", "the fake refuses " + req.method() + " " + path + ": vpcgate only reads");
    }
  }

  private void tableGet(HttpExchange x, String project, String dataset, String table) throws IOException {
    if (!tables.containsKey(dataset + "." + table)) {
      error(x, 404, "notFound", "Not found: Table " + project + ":" + dataset + "." + table);
      return;
    }
    send(x, 200, tableResource(project, dataset, table));
  }

  private void tableList(HttpExchange x, String project, String dataset, Map<String, String> q) throws IOException {
    if (tables.keySet().stream().noneMatch(k -> k.startsWith(dataset + "."))) {
      error(x, 404, "notFound", "Not found: Dataset " + project + ":" + dataset);
      return;
    }
    ObjectNode out = JSON.createObjectNode().put("kind", "bigquery#tableList");
    ArrayNode list = out.putArray("tables");
    tables.keySet().stream().filter(k -> k.startsWith(dataset + ".")).sorted()
        .forEach(k -> list.add(tableResource(project, dataset, k.substring(dataset.length() + 1))));
    out.put("totalItems", list.size());
    send(x, 200, out);
  }

  private ObjectNode tableResource(String project, String dataset, String table) {
    ObjectNode t = JSON.createObjectNode().put("kind", "bigquery#table").put("id", project + ":" + dataset + "." + table);
    t.putObject("tableReference").put("projectId", project).put("datasetId", dataset).put("tableId", table);
    t.put("type", "TABLE");
    return t;
  }

  private void jobInsert(HttpExchange x, String project, JsonNode job) throws IOException {
    JsonNode config = job.path("configuration");
    JsonNode query = config.path("query");
    String sql = query.path("query").asText();
    if (query.has("destinationTable") || sql.matches("(?is)\\s*(INSERT|UPDATE|DELETE|MERGE|CREATE|DROP|ALTER|TRUNCATE)\\b.*")
        || !config.has("query")) {
      error(x, 405, "notAllowed", "the fake refuses a job that writes: " + config);
      return;
    }
    List<String> referenced = new ArrayList<>();
    Matcher m = FROM.matcher(sql);
    while (m.find()) {
      if (!tables.containsKey(m.group(2) + "." + m.group(3))) {
        error(x, 404, "notFound", "Not found: Table " + m.group(1) + ":" + m.group(2) + "." + m.group(3)
            + " was not found in location US");
        return;
      }
      referenced.add(m.group(2) + "." + m.group(3));
    }
    Map<String, List<String>> params = parameters(query.path("queryParameters"));
    List<Row> rows = new ArrayList<>();
    long processed = 0;
    for (String t : referenced) {
      for (Row r : tables.get(t)) {
        processed += size(r);
        if (params.getOrDefault("types", List.of(r.assetType())).contains(r.assetType()) && wanted(r, params.get("projects"))) {
          rows.add(r);
        }
      }
    }
    long billed = Math.max(10 * MB * referenced.size(), (processed + MB - 1) / MB * MB);
    String id = job.path("jobReference").path("jobId").asText("fake_" + jobs.size());
    ObjectNode out = JSON.createObjectNode().put("kind", "bigquery#job").put("id", project + ":US." + id);
    out.putObject("jobReference").put("projectId", project).put("jobId", id).put("location", "US");
    out.set("configuration", config.deepCopy());
    out.putObject("status").put("state", "DONE");
    ObjectNode stats = out.putObject("statistics").put("totalBytesProcessed", String.valueOf(processed));
    ObjectNode queryStats = stats.putObject("query").put("totalBytesProcessed", String.valueOf(processed));
    if (!config.path("dryRun").asBoolean(false)) {
      queryStats.put("totalBytesBilled", String.valueOf(billed)).put("cacheHit", false);
      ((ObjectNode) out.path("configuration").path("query")).putObject("destinationTable").put("projectId", project)
          .put("datasetId", "_anonymous").put("tableId", "anon_" + id);
      results.put(id, rows);
      results.put("anon_" + id, rows);
      jobs.put(id, out);
    }
    send(x, 200, out);
  }

  private void jobGet(HttpExchange x, String id) throws IOException {
    ObjectNode job = jobs.get(id);
    if (job == null) {
      error(x, 404, "notFound", "Not found: Job " + id);
      return;
    }
    send(x, 200, job);
  }

  private void queryResults(HttpExchange x, String id, Map<String, String> q) throws IOException {
    ObjectNode job = jobs.get(id);
    if (job == null) {
      error(x, 404, "notFound", "Not found: Job " + id);
      return;
    }
    ObjectNode out = JSON.createObjectNode().put("kind", "bigquery#getQueryResultsResponse").put("jobComplete", true);
    out.set("jobReference", job.get("jobReference"));
    out.set("schema", schema());
    out.put("totalBytesProcessed", job.path("statistics").path("totalBytesProcessed").asText());
    page(out, results.get(id), q);
    send(x, 200, out);
  }

  private void tableData(HttpExchange x, String table, Map<String, String> q) throws IOException {
    List<Row> rows = results.get(table);
    if (rows == null) {
      error(x, 404, "notFound", "Not found: Table " + table);
      return;
    }
    ObjectNode out = JSON.createObjectNode().put("kind", "bigquery#tableDataList");
    page(out, rows, q);
    send(x, 200, out);
  }

  /** A page of {@code rows} from pageToken (an offset), at most maxResults (and maxPage) long. */
  private void page(ObjectNode out, List<Row> rows, Map<String, String> q) {
    out.put("totalRows", String.valueOf(rows.size()));
    int from = q.containsKey("pageToken") ? Integer.parseInt(q.get("pageToken"))
        : Integer.parseInt(q.getOrDefault("startIndex", "0"));
    int asked = q.containsKey("maxResults") ? Integer.parseInt(q.get("maxResults")) : maxPage;
    int to = Math.min(rows.size(), from + Math.min(asked, maxPage));
    ArrayNode array = out.putArray("rows");
    for (Row r : rows.subList(from, to)) {
      ArrayNode f = array.addObject().putArray("f");
      f.addObject().put("v", r.name());
      f.addObject().put("v", r.assetType());
      if (r.location() == null) {
        f.addObject().putNull("v");
      } else {
        f.addObject().put("v", r.location());
      }
      if (r.data() == null) {
        f.addObject().putNull("v");
      } else {
        f.addObject().put("v", r.data());
      }
      ArrayNode ancestors = f.addObject().putArray("v");
      r.ancestors().forEach(a -> ancestors.addObject().put("v", a));
    }
    if (to < rows.size() && asked > 0) {
      out.put("pageToken", String.valueOf(to));
    }
  }

  private static ObjectNode schema() {
    ObjectNode schema = JSON.createObjectNode();
    ArrayNode fields = schema.putArray("fields");
    for (String name : List.of("name", "assetType", "location", "data")) {
      fields.addObject().put("name", name).put("type", "STRING").put("mode", "NULLABLE");
    }
    fields.addObject().put("name", "ancestors").put("type", "STRING").put("mode", "REPEATED");
    return schema;
  }

  private static Map<String, List<String>> parameters(JsonNode params) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonNode p : params) {
      List<String> values = new ArrayList<>();
      p.path("parameterValue").path("arrayValues").forEach(v -> values.add(v.path("value").asText()));
      out.put(p.path("name").asText(), values);
    }
    return out;
  }

  /** The project filter of vpcgate's query: the name's project is asked for, or is a number. */
  private static boolean wanted(Row r, List<String> projects) {
    if (projects == null) {
      return true;
    }
    Matcher m = PROJECT.matcher(r.name());
    return m.find() && (projects.contains(m.group(1)) || m.group(1).matches("\\d+"));
  }

  private static long size(Row r) {
    long n = r.name().length() + r.assetType().length() + (r.location() == null ? 0 : r.location().length())
        + (r.data() == null ? 0 : r.data().length());
    for (String a : r.ancestors()) {
      n += a.length();
    }
    return n;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw != null) {
      for (String kv : raw.split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          out.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  private static void error(HttpExchange x, int code, String reason, String message) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode error = body.putObject("error").put("code", code).put("message", message);
    error.putArray("errors").addObject().put("reason", reason).put("message", message).put("domain", "global");
    error.put("status", switch (code) {
      case 400 -> "INVALID_ARGUMENT";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      default -> "UNKNOWN";
    });
    send(x, code, body);
  }

  private static void send(HttpExchange x, int code, JsonNode body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    x.sendResponseHeaders(code, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }
}
