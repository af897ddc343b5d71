package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.redis.v1.CloudRedisClient;
import com.google.cloud.redis.v1.Instance;
import com.google.cloud.redis.v1.ListInstancesRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Memorystore for Redis instances ({@code instances.list}), of one region or of all ("-": "all
 * regions available to the project are queried"). Never {@code getAuthString}.
 */
final class RedisFetcher {
  private RedisFetcher() {}

  static List<ObjectNode> instances(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListInstancesRequest request = ListInstancesRequest.newBuilder()
        .setParent("projects/" + project + "/locations/" + region).setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    var pages = clients.redis().listInstances(request).iteratePages();
    for (CloudRedisClient.ListInstancesPage page : PageTokens.follow(pages, calls)) {
      for (Instance i : page.getValues()) {
        String location = i.getName().split("/").length > 3 ? i.getName().split("/")[3] : region;
        out.add(CaiAsset.of("redis.googleapis.com", i.getName(), "redis.googleapis.com/Instance", "v1", location,
            CaiAsset.json(i)));
      }
    }
    return out;
  }
}
