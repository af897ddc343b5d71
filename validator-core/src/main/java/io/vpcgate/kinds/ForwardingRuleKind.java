package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Field;
import io.vpcgate.model.ForwardingRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regional forwarding rules ({@code google_compute_forwarding_rule}), kept to what a Private Service
 * Connect endpoint is: network, internal address, target. Cloud Asset Inventory exports them ({@code
 * compute.googleapis.com/ForwardingRule}); the live read lists every region at once ({@code
 * forwardingRules.aggregatedList}).
 */
public final class ForwardingRuleKind implements Kind<ForwardingRule> {

  @Override
  public String name() {
    return ForwardingRule.KIND;
  }

  @Override
  public Class<ForwardingRule> type() {
    return ForwardingRule.class;
  }

  @Override
  public String title() {
    return "forwarding rule";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_compute_forwarding_rule");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("compute.googleapis.com/ForwardingRule");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("forwarding rules", "compute.googleapis.com", "Compute Engine API",
        "roles/compute.networkViewer", "forwardingRules.aggregatedList", LiveList.Span.ALL_REGIONS));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Map.of("id", "projects/" + project + "/regions/" + r + "/forwardingRules/" + name)).orElse(Map.of());
  }

  @Override
  public ForwardingRule fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    return new ForwardingRule(t.origin(), t.id(ForwardingRule.KIND), t.network("network"), n.str("target"),
        Values.computed(n.str("ip_address")));
  }

  @Override
  public Optional<ForwardingRule> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    return Optional.of(new ForwardingRule(a.origin(), a.id(ForwardingRule.KIND, a.region()), a.network(d, "network"),
        str(d, "target"), str(d, "IPAddress")));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(ForwardingRule.NAME, ForwardingRule.TARGET).map();
  }
}
