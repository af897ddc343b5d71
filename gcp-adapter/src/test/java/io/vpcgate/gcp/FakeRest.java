package io.vpcgate.gcp;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP server for the REST-only APIs (Compute, SQL Admin, Cloud DNS), serving the JSON a test puts
 * in it under the APIs' own paths, in pages ({@code maxResults}, {@code pageToken}), through {@link
 * FakeBehaviour}. Anything but GET is refused with 405 (and recorded).
 */
final class FakeRest implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH = Pattern.compile(
      "^/(?:compute/v1/projects/([^/]+)/(global|aggregated)/(networks|addresses|firewalls|subnetworks|routers|forwardingRules)"
          + "|v1/projects/([^/]+)/(instances)"
          + "|compute/v1/projects/([^/]+)/(getXpnHost)"
          + "|dns/v1/projects/([^/]+)/(managedZones)(?:/([^/]+)/(rrsets))?)$");
  final List<ObjectNode> networks = new CopyOnWriteArrayList<>();
  final List<ObjectNode> addresses = new CopyOnWriteArrayList<>();
  final List<ObjectNode> firewalls = new CopyOnWriteArrayList<>();
  /** Region → subnetworks, routers. */
  final Map<String, List<ObjectNode>> subnetworks = new java.util.concurrent.ConcurrentHashMap<>();
  final Map<String, List<ObjectNode>> routers = new java.util.concurrent.ConcurrentHashMap<>();
  /** Region → forwarding rules. */
  final Map<String, List<ObjectNode>> forwardingRules = new java.util.concurrent.ConcurrentHashMap<>();
  final List<ObjectNode> sqlInstances = new CopyOnWriteArrayList<>();
  /** Memorystore for Valkey instances (memorystore.googleapis.com v1), and the query of each list request. */
  final List<ObjectNode> valkey = new CopyOnWriteArrayList<>();
  final List<String> valkeyQueries = new CopyOnWriteArrayList<>();
  private static final Pattern VALKEY = Pattern.compile("^/v1/projects/([^/]+)/locations/([^/]+)/instances$");
  /** Service project → its Shared VPC host project (none: attached to no host). */
  final Map<String, String> xpnHosts = new java.util.concurrent.ConcurrentHashMap<>();
  /** Cloud DNS managed zones (REST JSON), and record sets by zone name. */
  final List<ObjectNode> dnsZones = new CopyOnWriteArrayList<>();
  final Map<String, List<ObjectNode>> dnsRecordSets = new java.util.concurrent.ConcurrentHashMap<>();
  private final FakeBehaviour behaviour;
  private final HttpServer server;

  FakeRest(FakeBehaviour behaviour) throws IOException {
    this.behaviour = behaviour;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange x) throws IOException {
    String method = x.getRequestMethod() + " " + x.getRequestURI().getPath();
    behaviour.record(method);
    behaviour.pause(method);
    if (!x.getRequestMethod().equals("GET")) {
      send(x, 405, "{\"error\": {\"code\": 405, \"message\": \"vpcgate's fake refuses " + method + "\"}}");
      return;
    }
    Integer code = behaviour.nextFailure(method);
    if (code != null) {
      send(x, code, "{\"error\": {\"code\": " + code + ", \"message\": \"" + behaviour.description(method) + "\", \"status\": \""
          + (code == 403 ? "PERMISSION_DENIED" : code == 429 ? "RESOURCE_EXHAUSTED" : "UNAVAILABLE") + "\"}}");
      return;
    }
    if (behaviour.malformed(method)) {
      send(x, 200, "{\"items\": [{\"name\": ");
      return;
    }
    Matcher v = VALKEY.matcher(x.getRequestURI().getPath());
    if (v.matches()) {
      valkeyQueries.add(String.valueOf(x.getRequestURI().getRawQuery()));
      Map<String, String> q = query(x.getRequestURI().getRawQuery());
      List<ObjectNode> here = valkey.stream().filter(i -> i.path("name").asText().startsWith("projects/" + v.group(1) + "/")
          && (v.group(2).equals("-") || i.path("name").asText().contains("/locations/" + v.group(2) + "/"))).toList();
      var page = FakeBehaviour.page(here, q.get("pageToken"), Integer.parseInt(q.getOrDefault("pageSize", "0")),
          behaviour.maxPage);
      ObjectNode body = JSON.createObjectNode();
      page.items().forEach(body.putArray("instances")::add);
      if (!page.next().isEmpty()) {
        body.put("nextPageToken", page.next());
      }
      send(x, 200, body.toString());
      return;
    }
    Matcher m = PATH.matcher(x.getRequestURI().getPath());
    if (!m.matches()) {
      send(x, 404, "{\"error\": {\"code\": 404, \"message\": \"no such path\"}}");
      return;
    }
    Map<String, String> q = query(x.getRequestURI().getRawQuery());
    int asked = Integer.parseInt(q.getOrDefault("maxResults", "0"));
    String token = q.get("pageToken");
    ObjectNode body = JSON.createObjectNode();
    if (m.group(9) != null) {
      // Cloud DNS: managedZones.list, or resourceRecordSets.list of one zone.
      if (m.group(11) != null) {
        pageAs(body, "rrsets", dnsRecordSets.getOrDefault(m.group(10), List.of()), token, asked);
      } else {
        pageAs(body, "managedZones", dnsZones, token, asked);
      }
    } else if (m.group(7) != null) {
      // projects.getXpnHost: the host's Project resource, or an empty one when there is no link.
      String host = xpnHosts.get(m.group(6));
      if (host != null) {
        body.put("name", host).put("xpnProjectStatus", "HOST");
        body.putObject("commonInstanceMetadata").putArray("items").addObject().put("key", "ssh-keys")
            .put("value", "alice:ssh-ed25519 AAAA-host-metadata-never-kept");
      }
    } else if (m.group(5) != null) {
      page(body, sqlInstances, token, asked);
    } else if (m.group(2).equals("global")) {
      page(body, switch (m.group(3)) {
        case "networks" -> networks;
        case "addresses" -> addresses;
        default -> firewalls;
      }, token, asked);
    } else {
      aggregated(body, switch (m.group(3)) {
        case "subnetworks" -> subnetworks;
        case "forwardingRules" -> forwardingRules;
        default -> routers;
      }, m.group(3), token, asked);
    }
    send(x, 200, body.toString());
  }

  private void page(ObjectNode body, List<ObjectNode> items, String token, int asked) {
    pageAs(body, "items", items, token, asked);
  }

  /** A page of {@code items} under {@code key} (Cloud DNS names its lists: managedZones, rrsets). */
  private void pageAs(ObjectNode body, String key, List<ObjectNode> items, String token, int asked) {
    var page = FakeBehaviour.page(items, token, asked, behaviour.maxPage);
    ArrayNode array = body.putArray(key);
    page.items().forEach(array::add);
    if (!page.next().isEmpty()) {
      body.put("nextPageToken", page.next());
    }
  }

  /** Compute's aggregated lists: {"items": {"regions/R": {"subnetworks": [...]}}}, paged across regions. */
  private void aggregated(ObjectNode body, Map<String, List<ObjectNode>> byRegion, String kind, String token, int asked) {
    List<Map.Entry<String, ObjectNode>> flat = new java.util.ArrayList<>();
    new java.util.TreeMap<>(byRegion).forEach((r, items) -> items.forEach(i -> flat.add(Map.entry(r, i))));
    var page = FakeBehaviour.page(flat, token, asked, behaviour.maxPage);
    ObjectNode items = body.putObject("items");
    for (Map.Entry<String, ObjectNode> e : page.items()) {
      ObjectNode scope = items.has("regions/" + e.getKey()) ? (ObjectNode) items.get("regions/" + e.getKey())
          : items.putObject("regions/" + e.getKey());
      (scope.has(kind) ? (ArrayNode) scope.get(kind) : scope.putArray(kind)).add(e.getValue());
    }
    if (!page.next().isEmpty()) {
      body.put("nextPageToken", page.next());
    }
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

  private static void send(HttpExchange x, int code, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    x.sendResponseHeaders(code, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }
}
