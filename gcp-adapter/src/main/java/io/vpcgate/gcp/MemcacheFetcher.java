package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.memcache.v1.CloudMemcacheClient;
import com.google.cloud.memcache.v1.Instance;
import com.google.cloud.memcache.v1.ListInstancesRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Memorystore for Memcached instances ({@code projects.locations.instances.list}) of one region or of all
 * ("-": "If the location_id in the parent field of the request is "-", all regions available to the project
 * are queried, and the results aggregated").
 */
final class MemcacheFetcher {
  private MemcacheFetcher() {}

  static List<ObjectNode> instances(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListInstancesRequest request = ListInstancesRequest.newBuilder()
        .setParent("projects/" + project + "/locations/" + region).setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    for (CloudMemcacheClient.ListInstancesPage page
        : PageTokens.follow(clients.memcache().listInstances(request).iteratePages(), calls)) {
      for (Instance i : page.getValues()) {
        String[] p = i.getName().split("/");
        out.add(CaiAsset.of("memcache.googleapis.com", i.getName(), "memcache.googleapis.com/Instance", "v1",
            p.length > 3 ? p[3] : region, CaiAsset.json(i)));
      }
    }
    return out;
  }
}
