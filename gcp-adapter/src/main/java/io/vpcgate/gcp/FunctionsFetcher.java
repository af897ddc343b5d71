package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.functions.v2.Function;
import com.google.cloud.functions.v2.FunctionServiceClient;
import com.google.cloud.functions.v2.ListFunctionsRequest;
import io.vpcgate.model.CloudFunction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cloud Functions of both generations with the v2 API ({@code functions.list}, "-" for every
 * location): it lists 1st gen functions too ({@code environment} GEN_1), so each function is read
 * once, in the v2 shape Cloud Asset Inventory's {@code cloudfunctions.googleapis.com/Function} has.
 * A location the API could not reach makes the list fail: what it left out is not known.
 */
final class FunctionsFetcher {
  private FunctionsFetcher() {}

  static List<ObjectNode> functions(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListFunctionsRequest request = ListFunctionsRequest.newBuilder()
        .setParent("projects/" + project + "/locations/" + region).setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    var pages = clients.functions().listFunctions(request).iteratePages();
    for (FunctionServiceClient.ListFunctionsPage page : PageTokens.follow(pages, calls)) {
      if (page.getResponse().getUnreachableCount() > 0) {
        throw new IllegalStateException("the API could not reach " + String.join(", ",
            page.getResponse().getUnreachableList()) + ", so the list is incomplete");
      }
      for (Function f : page.getValues()) {
        String[] parts = f.getName().split("/");
        String location = parts.length > 3 ? parts[3] : region;
        out.add(CaiAsset.of("cloudfunctions.googleapis.com", f.getName(), "cloudfunctions.googleapis.com/Function", "v2",
            location, json(f)));
      }
    }
    return out;
  }

  /**
   * The function's REST JSON. Fields this client library has no name for (the API's newer ones,
   * such as Direct VPC's) are left out of it by the printer; their numbers are kept under {@link
   * CloudFunction#UNREAD_FIELDS}, so the mapper knows what it cannot tell rather than reading "not set".
   */
  private static ObjectNode json(Function f) {
    ObjectNode data = CaiAsset.json(f);
    var unknown = f.getServiceConfig().getUnknownFields().asMap().keySet();
    if (!unknown.isEmpty()) {
      var marks = (data.has("serviceConfig") ? (ObjectNode) data.get("serviceConfig") : data.putObject("serviceConfig"))
          .putArray(CloudFunction.UNREAD_FIELDS);
      unknown.forEach(marks::add);
    }
    return data;
  }
}
