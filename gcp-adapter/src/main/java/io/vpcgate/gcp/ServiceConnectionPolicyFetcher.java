package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.networkconnectivity.v1.CrossNetworkAutomationServiceClient;
import com.google.cloud.networkconnectivity.v1.ListServiceConnectionPoliciesRequest;
import com.google.cloud.networkconnectivity.v1.ServiceConnectionPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Service connection policies (Network Connectivity {@code
 * projects.locations.serviceConnectionPolicies.list}), of one region or of all ("-").
 */
final class ServiceConnectionPolicyFetcher {
  private ServiceConnectionPolicyFetcher() {}

  static List<ObjectNode> policies(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListServiceConnectionPoliciesRequest request = ListServiceConnectionPoliciesRequest.newBuilder()
        .setParent("projects/" + project + "/locations/" + region).setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    var pages = clients.networkConnectivity().listServiceConnectionPolicies(request).iteratePages();
    for (CrossNetworkAutomationServiceClient.ListServiceConnectionPoliciesPage page : PageTokens.follow(pages, calls)) {
      for (ServiceConnectionPolicy p : page.getValues()) {
        String[] parts = p.getName().split("/");
        String location = parts.length > 3 ? parts[3] : region;
        out.add(CaiAsset.of("networkconnectivity.googleapis.com", p.getName(),
            "networkconnectivity.googleapis.com/ServiceConnectionPolicy", "v1", location, CaiAsset.json(p)));
      }
    }
    return out;
  }
}
