package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.dns.model.ManagedZone;
import com.google.api.services.dns.model.ManagedZonesListResponse;
import com.google.api.services.dns.model.ResourceRecordSet;
import com.google.api.services.dns.model.ResourceRecordSetsListResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cloud DNS managed zones of a project ({@code managedZones.list}) and the record sets of each ({@code
 * resourceRecordSets.list}), through the Cloud DNS REST client (the google-cloud-dns {@code Dns} service
 * does not expose a zone's visibility or its networks). That client does not retry by itself: 429 and 5xx
 * are retried by {@link RestRetry}. Each becomes a Cloud Asset
 * Inventory asset ({@code //dns.googleapis.com/projects/P/managedZones/Z[/rrsets/NAME/TYPE]}).
 */
final class DnsFetcher {
  private static final String SERVICE = "dns.googleapis.com";

  private DnsFetcher() {}

  static List<ObjectNode> zonesAndRecordSets(Clients clients, String project, int pageSize, Duration callTimeout,
      Calls calls) throws IOException, InterruptedException {
    List<ObjectNode> out = new ArrayList<>();
    String token = null;
    PageTokens tokens = new PageTokens();
    do {
      String t = token;
      ManagedZonesListResponse page = RestRetry.retried(() -> {
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
      ResourceRecordSetsListResponse page = RestRetry.retried(() -> {
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

  private static ObjectNode json(Object model) {
    try {
      return CaiAsset.json(GsonFactory.getDefaultInstance().toString(model));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
