package io.vpcgate.kinds;

import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.Container;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.CloudRunService.Probe;
import io.vpcgate.model.CloudRunService.RevisionSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Maps {@code google_cloud_run_v2_service} ({@code template.vpc_access}, {@code template.scaling},
 * volumes, {@code ingress} and {@code labels} at the top level) and {@code google_cloud_run_service}
 * (the Knative shape: everything about the network in {@code template.metadata.annotations}, ingress
 * and labels in the service's {@code metadata}) into one record.
 */
final class CloudRunServiceTerraform {
  private CloudRunServiceTerraform() {}

  static CloudRunService v2(TerraformFields t) {
    TfNode template = t.node().first("template");
    TfNode vpc = template.first("vpc_access");
    Attr<Integer> interfaces = vpc.isUnknown() ? Attr.unknown(vpc.unknownReason())
        : vpc.get("network_interfaces").isUnknown() ? Attr.unknown(vpc.get("network_interfaces").unknownReason())
        : vpc.list("network_interfaces").isEmpty() ? Attr.absent() : Attr.known(vpc.list("network_interfaces").size());
    Attr<String> setting = vpc.isUnknown() ? Attr.unknown(vpc.unknownReason()) : vpc.str("egress");
    EgressPath egress = new EgressPath(!vpc.isMissing(),
        vpc.isUnknown() ? Attr.unknown(vpc.unknownReason()) : vpc.str("connector"), setting, CloudRunService.mode(setting),
        interfaces, vpc.list("network_interfaces").stream().map(i -> new EgressPath.NetworkInterface(i.str("network"),
            i.str("subnetwork"), i.strings("tags").known().orElse(List.of()))).toList());
    TfNode scaling = template.first("scaling");
    List<Container> containers = new ArrayList<>();
    List<TfNode> cs = template.list("containers");
    for (int i = 0; i < cs.size(); i++) {
      containers.add(container(t, cs.get(i), "template[0].containers[" + i + "]", "value_source", "secret", "version"));
    }
    List<String> sql = new ArrayList<>();
    Attr<List<String>> sqlAttr = null;
    for (TfNode vol : template.list("volumes")) {
      Attr<List<String>> inst = vol.first("cloud_sql_instance").strings("instances");
      if (inst.isUnknown()) {
        sqlAttr = inst;
      }
      inst.known().ifPresent(sql::addAll);
    }
    if (sqlAttr == null) {
      sqlAttr = sql.isEmpty() ? Attr.absent() : Attr.known(sql);
    }
    return new CloudRunService(t.origin(), t.id(CloudRunService.KIND), CloudRunService.ApiVersion.V2, egress,
        scaling.integer("min_instance_count"), scaling.integer("max_instance_count"),
        containers, sqlAttr, template.knownStringMap("annotations"), template.str("service_account"),
        new RevisionSettings(template.str("timeout"), template.integer("max_instance_request_concurrency"),
            template.str("execution_environment")),
        CloudRunService.Provenance.UNKNOWN, CloudRunService.ingressOf(v2Ingress(t)), Labels.of(t.node(), "labels"));
  }

  /**
   * v2's {@code ingress}. The provider takes it from the API when the configuration sets none
   * ({@code default_from_api} in magic-modules' {@code mmv1/products/cloudrunv2/Service.yaml}), so a
   * plan that creates such a service knows it only after apply; when the plan's configuration shows
   * it is not set, it is unset, as in HCL (the API's default applies), not unknown.
   */
  private static Attr<String> v2Ingress(TerraformFields t) {
    Attr<String> ingress = t.node().str("ingress");
    return ingress.isUnknown() && !t.origin().configured("ingress").orElse(true) ? Attr.absent() : ingress;
  }

  static CloudRunService v1(TerraformFields t) {
    TfNode template = t.node().first("template");
    TfNode meta = template.first("metadata");
    Map<String, String> ann = meta.knownStringMap("annotations");
    TfNode annotations = meta.get("annotations");
    Attr<String> connector = annotations.str("run.googleapis.com/vpc-access-connector");
    Attr<String> egress = annotations.str("run.googleapis.com/vpc-access-egress");
    Attr<String> sqlText = annotations.str("run.googleapis.com/cloudsql-instances");
    Attr<List<String>> sql = sqlText.map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList());
    Attr<String> netIf = annotations.str("run.googleapis.com/network-interfaces");
    TfNode spec = template.first("spec");
    List<Container> containers = new ArrayList<>();
    List<TfNode> cs = spec.list("containers");
    for (int i = 0; i < cs.size(); i++) {
      containers.add(container(t, cs.get(i), "template[0].spec[0].containers[" + i + "]", "value_from", "name", "key"));
    }
    EgressPath path = new EgressPath(!connector.isAbsent() || !egress.isAbsent(), connector, egress,
        CloudRunService.mode(egress), netIf.isAbsent() ? Attr.absent() : netIf.map(x -> NetworkInterfaces.parse(x).size()),
        netIf.known().map(NetworkInterfaces::parse).orElse(List.of()));
    return new CloudRunService(t.origin(), t.id(CloudRunService.KIND), CloudRunService.ApiVersion.V1, path,
        intOf(annotations.str("autoscaling.knative.dev/minScale")), intOf(annotations.str("autoscaling.knative.dev/maxScale")),
        containers, sql, ann, spec.str("service_account_name"),
        new RevisionSettings(spec.integer("timeout_seconds").map(s -> s + "s"), spec.integer("container_concurrency"),
            annotations.str("run.googleapis.com/execution-environment")),
        CloudRunService.Provenance.UNKNOWN, ingressAnnotation(serviceMetadata(t)), Labels.of(serviceMetadata(t), "labels"));
  }

  /**
   * v1's service {@code metadata}. The provider computes the block when the configuration has none,
   * so a plan that creates such a service knows it only after apply; what the configuration does not
   * set holds no labels nor ingress of the user's, so it is read as missing rather than unknown.
   */
  private static TfNode serviceMetadata(TerraformFields t) {
    TfNode metadata = t.node().first("metadata");
    return metadata.isUnknown() && !t.origin().configured("metadata").orElse(true) ? TfNode.MISSING : metadata;
  }

  /** v1's {@code run.googleapis.com/ingress} annotation on the service's {@code metadata}, normalised. */
  private static Attr<String> ingressAnnotation(TfNode metadata) {
    if (metadata.isUnknown()) {
      return Attr.unknown(metadata.unknownReason());
    }
    TfNode annotations = metadata.get("annotations");
    return CloudRunService.ingressOf(annotations.isUnknown() ? Attr.unknown(annotations.unknownReason())
        : annotations.str("run.googleapis.com/ingress"));
  }

  private static Attr<Integer> intOf(Attr<String> s) {
    if (!s.isKnown()) {
      return s.map(x -> 0);
    }
    try {
      return Attr.known(Integer.parseInt(s.known().get().trim()));
    } catch (NumberFormatException e) {
      return Attr.unknown("not a whole number");
    }
  }

  /** {@code secretBlock} is v2's value_source or v1's value_from; their secret_key_ref names the secret and version. */
  private static Container container(TerraformFields t, TfNode c, String path, String secretBlock, String secretField,
      String versionField) {
    List<EnvVar> env = new ArrayList<>();
    List<TfNode> es = c.list("env");
    for (int i = 0; i < es.size(); i++) {
      TfNode e = es.get(i);
      boolean secret = !e.first(secretBlock).isMissing();
      TfNode ref = e.first(secretBlock).first("secret_key_ref");
      String at = path + ".env[" + i + "]";
      env.add(new EnvVar(e.str("name"), secret ? Attr.absent() : e.str("value"), secret, at,
          ref.str(secretField), ref.str(versionField), t.referencesAt(at + ".value")));
    }
    return new Container(c.str("name").known().orElse(""), path, env,
        probe(c.first("startup_probe"), path + ".startup_probe[0]"),
        probe(c.first("liveness_probe"), path + ".liveness_probe[0]"), !c.list("ports").isEmpty());
  }

  private static Probe probe(TfNode p, String path) {
    if (p.isMissing()) {
      return Probe.none(path);
    }
    return new Probe(true, path, p.integer("initial_delay_seconds"), p.integer("timeout_seconds"),
        p.integer("period_seconds"), p.integer("failure_threshold"));
  }
}
