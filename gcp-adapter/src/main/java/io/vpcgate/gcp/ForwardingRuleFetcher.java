package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.compute.v1.AggregatedListForwardingRulesRequest;
import com.google.cloud.compute.v1.ForwardingRule;
import com.google.cloud.compute.v1.ForwardingRulesClient;
import com.google.cloud.compute.v1.ForwardingRulesScopedList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The regional forwarding rules of a project ({@code forwardingRules.aggregatedList}, every region in one
 * listing), among them the Private Service Connect endpoints that target a service attachment.
 */
final class ForwardingRuleFetcher {
  private static final String SELF_LINK_PREFIX = "/compute/v1/";

  private ForwardingRuleFetcher() {}

  static List<ObjectNode> forwardingRules(Clients clients, String project, LiveRequest req, Calls calls) throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    AggregatedListForwardingRulesRequest request = AggregatedListForwardingRulesRequest.newBuilder().setProject(project)
        .setMaxResults(req.pageSize()).build();
    var pages = clients.forwardingRules().aggregatedList(request).iteratePages();
    for (ForwardingRulesClient.AggregatedListPage page : PageTokens.follow(pages, calls)) {
      for (Map.Entry<String, ForwardingRulesScopedList> scope : page.getValues()) {
        String region = CaiAsset.last(scope.getKey());
        if (!req.wants(region)) {
          continue;
        }
        for (ForwardingRule f : scope.getValue().getForwardingRulesList()) {
          int i = f.getSelfLink().indexOf(SELF_LINK_PREFIX);
          String name = i < 0 ? "projects/" + project + "/regions/" + region + "/forwardingRules/" + f.getName()
              : f.getSelfLink().substring(i + SELF_LINK_PREFIX.length());
          out.add(CaiAsset.of("compute.googleapis.com", name, "compute.googleapis.com/ForwardingRule", "v1", region,
              CaiAsset.json(f)));
        }
      }
    }
    return out;
  }
}
