package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.bool;
import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.str;
import static io.vpcgate.kind.Json.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Field;
import io.vpcgate.model.Firewall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VPC firewall rules ({@code google_compute_firewall}); allow and deny entries become {@code
 * tcp:6379}, {@code tcp:1000-2000} or {@code all}. Unset direction, priority and disabled read as
 * INGRESS, 1000 and false.
 */
public final class FirewallKind implements Kind<Firewall> {

  @Override
  public String name() {
    return Firewall.KIND;
  }

  @Override
  public Class<Firewall> type() {
    return Firewall.class;
  }

  @Override
  public String title() {
    return "firewall rule";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_compute_firewall");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("compute.googleapis.com/Firewall");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(Compute.list("firewall rules", "firewalls.list", LiveList.Span.GLOBAL));
  }

  @Override
  public Firewall fromTerraform(TerraformFields t) {
    TfNode n = t.node();
    return new Firewall(t.origin(), t.globalId(Firewall.KIND), t.network("network"),
        Values.orDefault(n.str("direction"), "INGRESS"), Values.orDefault(n.integer("priority"), 1000),
        Values.orDefault(n.bool("disabled"), false),
        n.strings("target_tags").known().orElse(List.of()), n.strings("source_ranges").known().orElse(List.of()),
        n.strings("destination_ranges").known().orElse(List.of()), blocks(n.list("allow")), blocks(n.list("deny")),
        n.strings("target_service_accounts").known().orElse(List.of()));
  }

  private static List<String> blocks(List<TfNode> blocks) {
    List<String> out = new ArrayList<>();
    for (TfNode b : blocks) {
      add(out, b.str("protocol").known().orElse("all"), b.strings("ports").known().orElse(List.of()));
    }
    return out;
  }

  @Override
  public Optional<Firewall> fromAsset(AssetFields a) {
    JsonNode d = a.data();
    return Optional.of(new Firewall(a.origin(), a.id(Firewall.KIND, "global"), a.network(d, "network"),
        Values.orDefault(str(d, "direction"), "INGRESS"), Values.orDefault(integer(d, "priority"), 1000),
        Values.orDefault(bool(d, "disabled"), false),
        strings(d, "targetTags"), strings(d, "sourceRanges"), strings(d, "destinationRanges"),
        protocols(array(d, "allowed")), protocols(array(d, "denied")), strings(d, "targetServiceAccounts")));
  }

  private static List<String> protocols(List<JsonNode> rules) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : rules) {
      add(out, str(r, "IPProtocol").known().orElse("all"), strings(r, "ports"));
    }
    return out;
  }

  private static void add(List<String> out, String protocol, List<String> ports) {
    if (ports.isEmpty()) {
      out.add(protocol);
    } else {
      ports.forEach(p -> out.add(protocol + ":" + p));
    }
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.same(Firewall.NAME).map();
  }
}
