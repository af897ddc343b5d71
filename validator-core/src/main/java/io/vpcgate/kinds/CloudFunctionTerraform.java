package io.vpcgate.kinds;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudFunction;
import io.vpcgate.model.CloudFunction.Generation;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.EnvVar;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps {@code google_cloudfunctions_function} (1st gen: every setting at the top level, no Direct
 * VPC) and {@code google_cloudfunctions2_function} (2nd gen: {@code service_config}) into one
 * record. Environment variables come from the {@code environment_variables} map (values are never
 * shown) and from {@code secret_environment_variables} blocks ({@code key}, {@code secret}, {@code version}).
 * Both generations write their labels at the top level ({@code labels}).
 */
final class CloudFunctionTerraform {
  private CloudFunctionTerraform() {}

  static CloudFunction gen1(TerraformFields t) {
    TfNode n = t.node();
    Attr<String> connector = Attr.unsetIfEmpty(n.str("vpc_connector"));
    Attr<String> egress = Attr.unsetIfEmpty(n.str("vpc_connector_egress_settings"));
    return new CloudFunction(t.origin(), t.id(CloudFunction.KIND), Generation.GEN_1,
        CloudFunction.path(connector, egress, Attr.absent(), Attr.absent(), List.of()), egress, Attr.absent(),
        n.integer("min_instances"), unlimitedAsAbsent(n.integer("max_instances")), Attr.absent(), env(t, n, ""), Attr.unsetIfEmpty(n.str("service_account_email")),
        Attr.absent(), Labels.of(n, "labels"));
  }

  static CloudFunction gen2(TerraformFields t) {
    TfNode config = t.node().first("service_config");
    String at = "service_config[0].";
    if (config.isUnknown()) {
      Attr<String> unknown = Attr.unknown(config.unknownReason());
      return new CloudFunction(t.origin(), t.id(CloudFunction.KIND), Generation.GEN_2,
          CloudFunction.path(unknown, unknown, unknown, Attr.unknown(config.unknownReason()), List.of()), unknown, unknown,
          Attr.unknown(config.unknownReason()), Attr.unknown(config.unknownReason()), Attr.unknown(config.unknownReason()),
          List.of(), unknown, unknown, Labels.of(t.node(), "labels"));
    }
    Attr<String> connector = Attr.unsetIfEmpty(config.str("vpc_connector"));
    Attr<String> connectorEgress = Attr.unsetIfEmpty(config.str("vpc_connector_egress_settings"));
    Attr<String> directEgress = Attr.unsetIfEmpty(config.str("direct_vpc_egress"));
    TfNode interfaces = config.get("direct_vpc_network_interface");
    List<TfNode> list = config.list("direct_vpc_network_interface");
    Attr<Integer> count = interfaces.isUnknown() ? Attr.unknown(interfaces.unknownReason())
        : list.isEmpty() ? Attr.absent() : Attr.known(list.size());
    List<EgressPath.NetworkInterface> nics = list.stream().map(i -> new EgressPath.NetworkInterface(Attr.unsetIfEmpty(i.str("network")),
        Attr.unsetIfEmpty(i.str("subnetwork")), i.strings("tags").known().orElse(List.of()))).toList();
    return new CloudFunction(t.origin(), t.id(CloudFunction.KIND), Generation.GEN_2,
        CloudFunction.path(connector, connectorEgress, directEgress, count, nics), connectorEgress, directEgress,
        config.integer("min_instance_count"), config.integer("max_instance_count"),
        config.integer("max_instance_request_concurrency"), env(t, config, at), Attr.unsetIfEmpty(config.str("service_account_email")),
        Values.computed(Attr.unsetIfEmpty(config.str("service"))), Labels.of(t.node(), "labels"));
  }

  /** 1st gen's {@code max_instances} of 0, which state records when it is unset, is no limit: the platform's default. */
  private static Attr<Integer> unlimitedAsAbsent(Attr<Integer> max) {
    return max.known().map(m -> m == 0).orElse(false) ? Attr.absent() : max;
  }

  /** The plain variables of {@code environment_variables}, then the secret ones; {@code at} prefixes their paths. */
  private static List<EnvVar> env(TerraformFields t, TfNode n, String at) {
    List<EnvVar> out = new ArrayList<>();
    if (n.get("environment_variables").value() instanceof Value.MapV m) {
      m.entries().forEach((name, v) -> {
        String path = at + "environment_variables." + name;
        out.add(new EnvVar(Attr.known(name), new TfNode(v).asStr(), false, path, Attr.absent(), Attr.absent(),
            t.referencesAt(path)));
      });
    }
    List<TfNode> secrets = n.list("secret_environment_variables");
    for (int i = 0; i < secrets.size(); i++) {
      TfNode s = secrets.get(i);
      out.add(new EnvVar(s.str("key"), Attr.absent(), true, at + "secret_environment_variables[" + i + "]",
          secretName(s), s.str("version")));
    }
    return out;
  }

  /** {@code secret} is a secret id; with {@code project_id} it is {@code projects/P/secrets/S}. */
  private static Attr<String> secretName(TfNode s) {
    Attr<String> project = s.str("project_id");
    Attr<String> secret = s.str("secret");
    if (project.isKnown() && secret.isKnown()) {
      return Attr.known("projects/" + project.known().get() + "/secrets/" + secret.known().get());
    }
    return project.isUnknown() && secret.isKnown() ? Attr.unknown(((Attr.Unknown<String>) project).reason()) : secret;
  }
}
