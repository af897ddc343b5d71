package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.sqladmin.model.DatabaseInstance;
import com.google.api.services.sqladmin.model.InstancesListResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cloud SQL instances of a project ({@code instances.list}, all regions), through the SQL Admin
 * REST client, which does not retry by itself: 429 and 5xx are retried by {@link RestRetry} (the
 * gRPC and Compute clients retry 429 and 503 only).
 */
final class SqlInstanceFetcher {

  private SqlInstanceFetcher() {}

  static List<ObjectNode> instances(Clients clients, String project, int pageSize, Duration callTimeout, Calls calls)
      throws IOException, InterruptedException {
    List<ObjectNode> out = new ArrayList<>();
    String token = null;
    PageTokens tokens = new PageTokens();
    do {
      InstancesListResponse page = page(clients, project, pageSize, token, callTimeout, calls);
      if (page.getItems() != null) {
        for (DatabaseInstance i : page.getItems()) {
          String name = "projects/" + project + "/instances/" + i.getName();
          out.add(CaiAsset.of("cloudsql.googleapis.com", name, "sqladmin.googleapis.com/Instance", "v1beta4",
              i.getRegion(), CaiAsset.json(GsonFactory.getDefaultInstance().toString(i))));
        }
      }
      token = page.getNextPageToken();
      tokens.next(token);
    } while (token != null && !token.isEmpty());
    return out;
  }

  private static InstancesListResponse page(Clients clients, String project, int pageSize, String token,
      Duration callTimeout, Calls calls) throws IOException, InterruptedException {
    return RestRetry.retried(() -> {
      var list = clients.sqlAdmin().instances().list(project).setMaxResults((long) pageSize);
      if (token != null) {
        list.setPageToken(token);
      }
      return list.execute();
    }, callTimeout, calls);
  }
}
