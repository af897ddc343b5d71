package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;
import static io.vpcgate.kind.Json.stringMap;
import static io.vpcgate.kind.Json.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.MalformedAssetException;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudFunction;
import io.vpcgate.model.CloudFunction.Generation;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.EnvVar;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps {@code cloudfunctions.googleapis.com/Function}: the Cloud Functions v2 REST shape, which
 * Cloud Asset Inventory and the v2 API's {@code functions.list} give for both generations, {@code
 * environment} telling them apart ({@code GEN_1}, {@code GEN_2}). When the reader's client did not
 * know every field the API sent ({@link CloudFunction#UNREAD_FIELDS}), Direct VPC cannot be told and is unknown.
 * The labels are the function's {@code labels}, for both generations.
 */
final class CloudFunctionAsset {
  private CloudFunctionAsset() {}

  static CloudFunction map(AssetFields a) {
    JsonNode d = a.data();
    JsonNode config = obj(d, "serviceConfig");
    Generation generation = generation(str(d, "environment"));
    Attr<String> connector = Attr.unsetIfEmpty(str(config, "vpcConnector"));
    Attr<String> connectorEgress = Attr.unsetIfEmpty(str(config, "vpcConnectorEgressSettings"));
    List<JsonNode> interfaces = array(config, "directVpcNetworkInterface");
    boolean unread = config.has(CloudFunction.UNREAD_FIELDS) && generation == Generation.GEN_2;
    Attr<String> directEgress = unread && !config.has("directVpcEgress")
        ? Attr.unknown("the live read's Cloud Functions client does not return Direct VPC settings")
        : Attr.unsetIfEmpty(str(config, "directVpcEgress"));
    Attr<Integer> count = !interfaces.isEmpty() ? Attr.known(interfaces.size())
        : unread ? Attr.unknown("the live read's Cloud Functions client does not return Direct VPC settings") : Attr.absent();
    List<EgressPath.NetworkInterface> nics = interfaces.stream().map(i -> new EgressPath.NetworkInterface(
        Attr.unsetIfEmpty(str(i, "network")), Attr.unsetIfEmpty(str(i, "subnetwork")), strings(i, "tags"))).toList();
    return new CloudFunction(a.origin(), a.id(CloudFunction.KIND, a.region()), generation,
        CloudFunction.path(connector, connectorEgress, directEgress, count, nics), connectorEgress, directEgress,
        integer(config, "minInstanceCount"), integer(config, "maxInstanceCount"),
        integer(config, "maxInstanceRequestConcurrency"), env(config), Attr.unsetIfEmpty(str(config, "serviceAccountEmail")),
        Attr.unsetIfEmpty(str(config, "service")), Labels.of(d, "labels"));
  }

  private static Generation generation(Attr<String> environment) {
    String e = environment.known().orElse("GEN_2");
    return switch (e) {
      case "GEN_1" -> Generation.GEN_1;
      case "GEN_2", "ENVIRONMENT_UNSPECIFIED" -> Generation.GEN_2;
      default -> throw new MalformedAssetException("environment \"" + e + "\" is not GEN_1 or GEN_2");
    };
  }

  private static List<EnvVar> env(JsonNode config) {
    List<EnvVar> out = new ArrayList<>();
    stringMap(config, "environmentVariables").forEach((name, value) -> out.add(new EnvVar(Attr.known(name),
        Attr.known(value), false, "serviceConfig.environmentVariables." + name)));
    List<JsonNode> secrets = array(config, "secretEnvironmentVariables");
    for (int i = 0; i < secrets.size(); i++) {
      JsonNode s = secrets.get(i);
      Attr<String> project = str(s, "projectId");
      Attr<String> secret = str(s, "secret");
      Attr<String> name = project.isKnown() && secret.isKnown()
          ? Attr.known("projects/" + project.known().get() + "/secrets/" + secret.known().get()) : secret;
      out.add(new EnvVar(str(s, "key"), Attr.absent(), true, "serviceConfig.secretEnvironmentVariables[" + i + "]",
          name, str(s, "version")));
    }
    return out;
  }
}
