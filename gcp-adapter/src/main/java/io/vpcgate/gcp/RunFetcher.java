package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.run.v2.ListServicesRequest;
import com.google.cloud.run.v2.Service;
import com.google.cloud.run.v2.ServicesClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Cloud Run v2 services of one region ({@code services.list}; the API takes no "-" wildcard). */
final class RunFetcher {
  private RunFetcher() {}

  static List<ObjectNode> services(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListServicesRequest request = ListServicesRequest.newBuilder()
        .setParent("projects/" + project + "/locations/" + region).setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    var pages = clients.run().listServices(request).iteratePages();
    for (ServicesClient.ListServicesPage page : PageTokens.follow(pages, calls)) {
      for (Service s : page.getValues()) {
        out.add(CaiAsset.of("run.googleapis.com", s.getName(), "run.googleapis.com/Service", "v2", region,
            CaiAsset.json(s)));
      }
    }
    return out;
  }
}
