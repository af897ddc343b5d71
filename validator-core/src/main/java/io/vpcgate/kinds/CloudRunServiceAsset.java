package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;
import static io.vpcgate.kind.Json.stringMap;
import static io.vpcgate.kind.Json.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.Asset;
import io.vpcgate.kind.MalformedAssetException;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.Container;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.CloudRunService.Probe;
import io.vpcgate.model.CloudRunService.RevisionSettings;
import io.vpcgate.model.Origin;
import io.vpcgate.model.ResourceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Maps {@code run.googleapis.com/Service} in both shapes Cloud Asset Inventory and the APIs use:
 * the v2 REST shape ({@code template.vpcAccess}; {@code ingress} and {@code labels} at the top level,
 * as the live read's v2 client returns them) and the v1 Knative shape ({@code
 * spec.template.metadata.annotations}; the {@code run.googleapis.com/ingress} annotation and the
 * labels in the service's {@code metadata}).
 */
final class CloudRunServiceAsset {
  private CloudRunServiceAsset() {}

  static CloudRunService map(Asset a, JsonNode d, Origin origin) {
    return d.has("spec") || d.has("apiVersion") ? v1(a, d, origin) : v2(a, d, origin);
  }

  private static String region(Asset a, Map<String, String> labels) {
    String r = a.segment("locations");
    if (r == null) {
      r = labels.get("cloud.googleapis.com/location");
    }
    return r != null ? r : a.location();
  }

  private static CloudRunService v2(Asset a, JsonNode d, Origin origin) {
    JsonNode template = obj(d, "template");
    JsonNode vpc = obj(template, "vpcAccess");
    JsonNode scaling = obj(template, "scaling");
    List<JsonNode> interfaces = array(vpc, "networkInterfaces");
    List<Container> containers = new ArrayList<>();
    List<JsonNode> cs = array(template, "containers");
    for (int i = 0; i < cs.size(); i++) {
      containers.add(container(cs.get(i), "template.containers[" + i + "]"));
    }
    List<String> sql = new ArrayList<>();
    for (JsonNode vol : array(template, "volumes")) {
      sql.addAll(strings(obj(vol, "cloudSqlInstance"), "instances"));
    }
    ResourceId id = ResourceId.of(CloudRunService.KIND, a.segment("projects"), region(a, Map.of()), a.shortName());
    Attr<String> setting = str(vpc, "egress");
    EgressPath egress = new EgressPath(!vpc.isMissingNode(), str(vpc, "connector"), setting, CloudRunService.mode(setting),
        interfaces.isEmpty() ? Attr.absent() : Attr.known(interfaces.size()),
        interfaces.stream().map(i -> new EgressPath.NetworkInterface(str(i, "network"), str(i, "subnetwork"),
            strings(i, "tags"))).toList());
    return new CloudRunService(origin, id, CloudRunService.ApiVersion.V2, egress,
        integer(scaling, "minInstanceCount"), integer(scaling, "maxInstanceCount"),
        containers, sql.isEmpty() ? Attr.absent() : Attr.known(sql), stringMap(template, "annotations"),
        str(template, "serviceAccount"),
        new RevisionSettings(str(template, "timeout"), integer(template, "maxInstanceRequestConcurrency"),
            str(template, "executionEnvironment")),
        new CloudRunService.Provenance(str(d, "client"), str(d, "clientVersion"), str(d, "lastModifier")),
        CloudRunService.ingressOf(str(d, "ingress")), Labels.of(d, "labels"));
  }

  private static CloudRunService v1(Asset a, JsonNode d, Origin origin) {
    JsonNode metadata = obj(d, "metadata");
    JsonNode template = obj(obj(d, "spec"), "template");
    Map<String, String> ann = stringMap(obj(template, "metadata"), "annotations");
    JsonNode spec = obj(template, "spec");
    List<Container> containers = new ArrayList<>();
    List<JsonNode> cs = array(spec, "containers");
    for (int i = 0; i < cs.size(); i++) {
      containers.add(container(cs.get(i), "spec.template.spec.containers[" + i + "]"));
    }
    String sql = ann.get("run.googleapis.com/cloudsql-instances");
    String project = a.segment("projects");
    String name = str(metadata, "name").known().orElse(a.shortName());
    ResourceId id = ResourceId.of(CloudRunService.KIND, project, region(a, stringMap(metadata, "labels")), name);
    String connector = ann.get("run.googleapis.com/vpc-access-connector");
    String egress = ann.get("run.googleapis.com/vpc-access-egress");
    String interfaces = ann.get("run.googleapis.com/network-interfaces");
    List<EgressPath.NetworkInterface> parsed = interfaces == null ? List.of() : NetworkInterfaces.parse(interfaces);
    EgressPath path = new EgressPath(connector != null || egress != null, Attr.ofNullable(connector),
        Attr.ofNullable(egress), CloudRunService.mode(Attr.ofNullable(egress)),
        interfaces == null ? Attr.absent() : Attr.known(parsed.size()), parsed);
    return new CloudRunService(origin, id, CloudRunService.ApiVersion.V1, path,
        intAnnotation(ann, "autoscaling.knative.dev/minScale"), intAnnotation(ann, "autoscaling.knative.dev/maxScale"),
        containers,
        sql == null ? Attr.absent() : Attr.known(Arrays.stream(sql.split(",")).map(String::trim).toList()), ann,
        str(spec, "serviceAccountName"),
        new RevisionSettings(integer(spec, "timeoutSeconds").map(t -> t + "s"), integer(spec, "containerConcurrency"),
            Attr.ofNullable(ann.get("run.googleapis.com/execution-environment"))),
        provenance(stringMap(metadata, "annotations"), ann),
        CloudRunService.ingressOf(Attr.ofNullable(stringMap(metadata, "annotations").get("run.googleapis.com/ingress"))),
        Labels.of(metadata, "labels"));
  }

  /** v1 keeps the client in run.googleapis.com/client-name (service or template) and the modifier in serving.knative.dev/lastModifier. */
  private static CloudRunService.Provenance provenance(Map<String, String> service, Map<String, String> template) {
    String client = service.getOrDefault("run.googleapis.com/client-name", template.get("run.googleapis.com/client-name"));
    String version = service.getOrDefault("run.googleapis.com/client-version", template.get("run.googleapis.com/client-version"));
    String modifier = service.getOrDefault("serving.knative.dev/lastModifier", service.get("run.googleapis.com/lastModifier"));
    return new CloudRunService.Provenance(Attr.ofNullable(client), Attr.ofNullable(version), Attr.ofNullable(modifier));
  }

  private static Attr<Integer> intAnnotation(Map<String, String> ann, String key) {
    String v = ann.get(key);
    if (v == null) {
      return Attr.absent();
    }
    if (!v.trim().matches("\\d{1,9}")) {
      throw new MalformedAssetException("annotation " + key + " is not a whole number");
    }
    return Attr.known(Integer.parseInt(v.trim()));
  }

  private static Container container(JsonNode c, String path) {
    List<EnvVar> env = new ArrayList<>();
    List<JsonNode> es = array(c, "env");
    for (int i = 0; i < es.size(); i++) {
      JsonNode e = es.get(i);
      boolean secret = e.has("valueSource") || e.has("valueFrom");
      JsonNode v2 = obj(obj(e, "valueSource"), "secretKeyRef");
      JsonNode v1 = obj(obj(e, "valueFrom"), "secretKeyRef");
      env.add(new EnvVar(str(e, "name"), secret ? Attr.absent() : str(e, "value"), secret, path + ".env[" + i + "]",
          v2.isMissingNode() ? str(v1, "name") : str(v2, "secret"), v2.isMissingNode() ? str(v1, "key") : str(v2, "version")));
    }
    return new Container(str(c, "name").known().orElse(""), path, env,
        probe(c, "startupProbe", path), probe(c, "livenessProbe", path), !array(c, "ports").isEmpty());
  }

  private static Probe probe(JsonNode c, String field, String path) {
    JsonNode p = obj(c, field);
    if (p.isMissingNode()) {
      return Probe.none(path + "." + field);
    }
    return new Probe(true, path + "." + field, integer(p, "initialDelaySeconds"), integer(p, "timeoutSeconds"),
        integer(p, "periodSeconds"), integer(p, "failureThreshold"));
  }
}
