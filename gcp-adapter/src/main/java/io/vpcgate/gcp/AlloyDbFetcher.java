package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.alloydb.v1.AlloyDBAdminClient;
import com.google.cloud.alloydb.v1.Cluster;
import com.google.cloud.alloydb.v1.Instance;
import com.google.cloud.alloydb.v1.ListClustersRequest;
import com.google.cloud.alloydb.v1.ListInstancesRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * AlloyDB clusters ({@code projects.locations.clusters.list}) and instances ({@code
 * projects.locations.clusters.instances.list}) of one region or of all: the API's aggregated lists take
 * "-" for the location ({@code projects/P/locations/-}) and for the cluster ({@code
 * projects/P/locations/-/clusters/-}). Never a call that returns a connection secret or certificate.
 */
final class AlloyDbFetcher {
  private static final String SERVICE = "alloydb.googleapis.com";

  private AlloyDbFetcher() {}

  static List<ObjectNode> clusters(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListClustersRequest request = ListClustersRequest.newBuilder()
        .setParent("projects/" + project + "/locations/" + region).setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    for (AlloyDBAdminClient.ListClustersPage page : PageTokens.follow(clients.alloyDb().listClusters(request).iteratePages(),
        calls)) {
      for (Cluster c : page.getValues()) {
        out.add(CaiAsset.of(SERVICE, c.getName(), "alloydb.googleapis.com/Cluster", "v1", location(c.getName(), region),
            CaiAsset.json(c)));
      }
    }
    return out;
  }

  static List<ObjectNode> instances(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListInstancesRequest request = ListInstancesRequest.newBuilder()
        .setParent("projects/" + project + "/locations/" + region + "/clusters/-").setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    for (AlloyDBAdminClient.ListInstancesPage page
        : PageTokens.follow(clients.alloyDb().listInstances(request).iteratePages(), calls)) {
      for (Instance i : page.getValues()) {
        out.add(CaiAsset.of(SERVICE, i.getName(), "alloydb.googleapis.com/Instance", "v1", location(i.getName(), region),
            CaiAsset.json(i)));
      }
    }
    return out;
  }

  /** The location segment of {@code projects/P/locations/L/...}. */
  private static String location(String name, String fallback) {
    String[] p = name.split("/");
    return p.length > 3 ? p[3] : fallback;
  }
}
