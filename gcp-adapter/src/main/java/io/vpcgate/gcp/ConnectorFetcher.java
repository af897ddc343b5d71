package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.vpcaccess.v1.Connector;
import com.google.cloud.vpcaccess.v1.ListConnectorsRequest;
import com.google.cloud.vpcaccess.v1.VpcAccessServiceClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Serverless VPC Access connectors of one region ({@code connectors.list}). */
final class ConnectorFetcher {
  private ConnectorFetcher() {}

  static List<ObjectNode> connectors(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListConnectorsRequest request = ListConnectorsRequest.newBuilder()
        .setParent("projects/" + project + "/locations/" + region).setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    var pages = clients.vpcAccess().listConnectors(request).iteratePages();
    for (VpcAccessServiceClient.ListConnectorsPage page : PageTokens.follow(pages, calls)) {
      for (Connector c : page.getValues()) {
        out.add(CaiAsset.of("vpcaccess.googleapis.com", c.getName(), "vpcaccess.googleapis.com/Connector", "v1",
            region, CaiAsset.json(c)));
      }
    }
    return out;
  }
}
