package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.json.gson.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Memorystore for Valkey instances ({@code GET memorystore.googleapis.com/v1/projects/P/locations/L/instances},
 * L "-" for every location), with plain HTTP GETs since there is no Java client: pages followed by
 * {@code pageToken}, 429 and 5xx retried by {@link RestRetry}. Locations
 * the API reports unreachable make the list fail, so that they are a gap rather than "no instances".
 */
final class ValkeyFetcher {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private ValkeyFetcher() {}

  static List<ObjectNode> instances(Clients clients, String project, String region, int pageSize, Duration callTimeout,
      Calls calls) throws IOException, InterruptedException {
    List<ObjectNode> out = new ArrayList<>();
    String token = null;
    PageTokens tokens = new PageTokens();
    do {
      GenericUrl url = new GenericUrl(clients.memorystore().root() + "v1/projects/" + project + "/locations/" + region
          + "/instances");
      url.set("pageSize", pageSize);
      if (token != null) {
        url.set("pageToken", token);
      }
      JsonNode page = page(clients, url, callTimeout, calls);
      if (page.path("unreachable").size() > 0) {
        throw new IOException("Memorystore could not reach locations " + page.path("unreachable"));
      }
      for (JsonNode i : page.path("instances")) {
        if (!i.isObject() || !i.path("name").isTextual()) {
          throw new IOException("a Memorystore instance without a name");
        }
        String name = i.path("name").asText();
        String[] parts = name.split("/");
        out.add(CaiAsset.of("memorystore.googleapis.com", name, "memorystore.googleapis.com/Instance", "v1",
            parts.length > 3 ? parts[3] : region, (ObjectNode) i));
      }
      token = page.path("nextPageToken").asText("");
      tokens.next(token);
    } while (!token.isEmpty());
    return out;
  }

  private static JsonNode page(Clients clients, GenericUrl url, Duration callTimeout, Calls calls)
      throws IOException, InterruptedException {
    return RestRetry.retried(() -> {
      HttpRequest request = clients.memorystore().requests().buildGetRequest(url);
      try (InputStream body = GoogleJsonResponseException.execute(GsonFactory.getDefaultInstance(), request).getContent()) {
        return JSON.readTree(body);
      }
    }, callTimeout, calls);
  }
}
