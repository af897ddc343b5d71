package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.redis.cluster.v1.CloudRedisClusterClient;
import com.google.cloud.redis.cluster.v1.Cluster;
import com.google.cloud.redis.cluster.v1.ListClustersRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Memorystore for Redis Cluster clusters ({@code projects.locations.clusters.list}), of one region
 * or of all ("-"). Never {@code getClusterCertificateAuthority} or any mutating call.
 */
final class RedisClusterFetcher {
  private RedisClusterFetcher() {}

  static List<ObjectNode> clusters(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListClustersRequest request = ListClustersRequest.newBuilder()
        .setParent("projects/" + project + "/locations/" + region).setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    var pages = clients.redisCluster().listClusters(request).iteratePages();
    for (CloudRedisClusterClient.ListClustersPage page : PageTokens.follow(pages, calls)) {
      for (Cluster c : page.getValues()) {
        String[] parts = c.getName().split("/");
        String location = parts.length > 3 ? parts[3] : region;
        out.add(CaiAsset.of("redis.googleapis.com", c.getName(), "redis.googleapis.com/Cluster", "v1", location,
            CaiAsset.json(c)));
      }
    }
    return out;
  }
}
