package io.vpcgate.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Json;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DataStore.Endpoint;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.PscConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads what the Private Service Connect data stores share: consumer networks (blocks of a network
 * and an optional project) and endpoint lists the server fills (known after apply while a plan or
 * the configuration does not hold them).
 */
final class PscFields {
  static final String KNOWN_AFTER_APPLY = "known after apply";

  private PscFields() {}

  /**
   * The consumers of the {@code block} blocks ({@code networkAttribute}, and {@code projectAttribute}
   * when not null); unknown when the blocks are; known empty when there are none.
   */
  static Attr<List<PscConsumer>> consumers(TerraformFields t, TfNode n, String block, String networkAttribute,
      String projectAttribute) {
    TfNode v = n.get(block);
    if (v.isUnknown()) {
      return Attr.unknown(v.unknownReason());
    }
    List<PscConsumer> out = new ArrayList<>();
    for (TfNode b : n.list(block)) {
      if (b.isUnknown()) {
        return Attr.unknown(b.unknownReason());
      }
      Attr<String> project = projectAttribute == null ? Attr.absent() : b.str(projectAttribute);
      out.add(PscConsumer.of(t.network(b.str(networkAttribute)), project));
    }
    return Attr.known(out);
  }

  /**
   * A list of blocks the server fills, as endpoints: unknown when the input does not hold it (HCL
   * never does; a plan that creates the resource leaves it unknown); known (perhaps empty) when a
   * plan or state records it.
   */
  static Attr<List<Endpoint>> endpoints(TfNode n, String block, Function<TfNode, Endpoint> endpoint) {
    TfNode v = n.get(block);
    if (v.isUnknown()) {
      return Attr.unknown(v.unknownReason());
    }
    if (v.isMissing()) {
      return Attr.unknown(KNOWN_AFTER_APPLY);
    }
    List<Endpoint> out = new ArrayList<>();
    for (TfNode b : n.list(block)) {
      out.add(endpoint.apply(b));
    }
    return Attr.known(out);
  }

  /** The consumer networks a REST list names in {@code field} of each element (a path), each once. */
  static List<PscConsumer> consumers(AssetFields a, List<JsonNode> elements, String field, String projectField) {
    List<PscConsumer> out = new ArrayList<>();
    for (JsonNode e : elements) {
      Attr<NetworkRef> network = a.network(e, field);
      if (network.isKnown() && out.stream().noneMatch(c -> c.network().equals(network))) {
        out.add(PscConsumer.of(network, projectField == null ? Attr.absent() : Json.str(e, projectField)));
      }
    }
    return out;
  }

  /** A REST endpoint: its address field and port. */
  static Endpoint endpoint(JsonNode e, String addressField) {
    return new Endpoint(Json.str(e, addressField), Json.integer(e, "port"));
  }
}
