package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.dns.model.ManagedZone;
import com.google.api.services.dns.model.ManagedZonesListResponse;
import com.google.api.services.dns.model.ResourceRecordSet;
import com.google.api.services.dns.model.ResourceRecordSetsListResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cloud DNS managed zones of a project ({@code managedZones.list}) and the record sets of each ({@code
 * resourceRecordSets.list}), through the Cloud DNS REST client (the google-cloud-dns {@code Dns} service
 * does not expose a zone's visibility or its networks). That client does not retry by itself: 429 and 5xx
 * are retried here with the backoff and attempts of {@link RetryPolicy}. Each becomes a Cloud Asset
 * Inventory asset ({@code //dns.googleapis.com/projects/P/managedZones/Z[/rrsets/NAME/TYPE]}).
 */
final class DnsFetcher {
  private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);
  private static final String SERVICE = "dns.googleapis.com";

  private DnsFetcher() {}

  /** A read of one page, which the retry loop may repeat. */
  @FunctionalInterface
  private interface PageCall<T> {
    T call() throws IOException;
  }

  static List<ObjectNode> zonesAndRecordSets(Clients clients, String project, int pageSize, Duration callTimeout,
      Calls calls) throws IOException, InterruptedException {
    List<ObjectNode> out = new ArrayList<>();
    String token = null;
    PageTokens tokens = new PageTokens();
    do {
      String t = token;
      ManagedZonesListResponse page = retried(() -> {
        var list = clients.dns().managedZones().list(project).setMaxResults(pageSize);
        return (t == null ? list : list.setPageToken(t)).execute();
      }, callTimeout, calls);
      for (ManagedZone z : page.getManagedZones() == null ? List.<ManagedZone>of() : page.getManagedZones()) {
        String name = "projects/" + project + "/managedZones/" + z.getName();
        out.add(CaiAsset.of(SERVICE, name, "dns.googleapis.com/ManagedZone", "v1", "global", json(z)));
        out.addAll(recordSets(clients, project, z.getName(), pageSize, callTimeout, calls));
      }
      token = page.getNextPageToken();
      tokens.next(token);
    } while (token != null && !token.isEmpty());
    return out;
  }

  private static List<ObjectNode> recordSets(Clients clients, String project, String zone, int pageSize, Duration callTimeout,
      Calls calls) throws IOException, InterruptedException {
    List<ObjectNode> out = new ArrayList<>();
    String token = null;
    PageTokens tokens = new PageTokens();
    do {
      String t = token;
      ResourceRecordSetsListResponse page = retried(() -> {
        var list = clients.dns().resourceRecordSets().list(project, zone).setMaxResults(pageSize);
        return (t == null ? list : list.setPageToken(t)).execute();
      }, callTimeout, calls);
      for (ResourceRecordSet r : page.getRrsets() == null ? List.<ResourceRecordSet>of() : page.getRrsets()) {
        String name = "projects/" + project + "/managedZones/" + zone + "/rrsets/" + r.getName() + "/" + r.getType();
        out.add(CaiAsset.of(SERVICE, name, "dns.googleapis.com/ResourceRecordSet", "v1", "global", json(r)));
      }
      token = page.getNextPageToken();
      tokens.next(token);
    } while (token != null && !token.isEmpty());
    return out;
  }

  private static <T> T retried(PageCall<T> call, Duration callTimeout, Calls calls) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + callTimeout.toNanos();
    for (int attempt = 1; ; attempt++) {
      calls.add();
      try {
        return call.call();
      } catch (GoogleJsonResponseException e) {
        Duration wait = RetryPolicy.delay(attempt);
        if (!RETRYABLE.contains(e.getStatusCode()) || attempt >= RetryPolicy.MAX_ATTEMPTS
            || System.nanoTime() + wait.toNanos() > deadline) {
          throw e;
        }
        Thread.sleep(wait.toMillis());
      }
    }
  }

  private static ObjectNode json(Object model) {
    try {
      return CaiAsset.json(GsonFactory.getDefaultInstance().toString(model));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
