package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;
import static io.vpcgate.kind.Json.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.EnvVar;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces Cloud Run v2 jobs and worker pools share with services, read from a template however
 * deep it sits ({@code template.template} in a job, {@code template} in a worker pool): {@code
 * vpc_access} (a connector or Direct VPC network interfaces, egress ALL_TRAFFIC or
 * PRIVATE_RANGES_ONLY), the containers' env (literal values, or a secret and its version), and the
 * Cloud SQL instances of its volumes. From Terraform ({@code snake_case} blocks) and from the REST
 * JSON ({@code camelCase}).
 */
final class RunV2Template {
  private RunV2Template() {}

  static EgressPath egress(TfNode template) {
    TfNode vpc = template.first("vpc_access");
    if (template.isUnknown()) {
      vpc = template;
    }
    TfNode nics = vpc.get("network_interfaces");
    Attr<Integer> interfaces = vpc.isUnknown() ? Attr.unknown(vpc.unknownReason())
        : nics.isUnknown() ? Attr.unknown(nics.unknownReason())
        : vpc.list("network_interfaces").isEmpty() ? Attr.absent() : Attr.known(vpc.list("network_interfaces").size());
    Attr<String> setting = vpc.isUnknown() ? Attr.unknown(vpc.unknownReason()) : vpc.str("egress");
    return new EgressPath(!vpc.isMissing(), vpc.isUnknown() ? Attr.unknown(vpc.unknownReason()) : vpc.str("connector"),
        setting, CloudRunService.mode(setting), interfaces,
        vpc.list("network_interfaces").stream().map(i -> new EgressPath.NetworkInterface(i.str("network"),
            i.str("subnetwork"), i.strings("tags").known().orElse(List.of()))).toList());
  }

  /** {@code path}: where {@code template} is written ({@code template[0].template[0]}). */
  static List<EnvVar> env(TerraformFields t, TfNode template, String path) {
    List<EnvVar> env = new ArrayList<>();
    List<TfNode> cs = template.list("containers");
    for (int i = 0; i < cs.size(); i++) {
      List<TfNode> es = cs.get(i).list("env");
      for (int j = 0; j < es.size(); j++) {
        TfNode e = es.get(j);
        boolean secret = !e.first("value_source").isMissing();
        TfNode ref = e.first("value_source").first("secret_key_ref");
        String at = path + ".containers[" + i + "].env[" + j + "]";
        env.add(new EnvVar(e.str("name"), secret ? Attr.absent() : e.str("value"), secret, at,
            ref.str("secret"), ref.str("version"), t.referencesAt(at + ".value")));
      }
    }
    return env;
  }

  static Attr<List<String>> cloudSqlInstances(TfNode template) {
    List<String> sql = new ArrayList<>();
    for (TfNode vol : template.list("volumes")) {
      Attr<List<String>> inst = vol.first("cloud_sql_instance").strings("instances");
      if (inst.isUnknown()) {
        return inst;
      }
      inst.known().ifPresent(sql::addAll);
    }
    return sql.isEmpty() ? Attr.absent() : Attr.known(sql);
  }

  /** Whether an asset holds the v1 (Knative) shape, {@code apiVersion}/{@code spec}, rather than the v2 REST one. */
  static boolean knativeShape(JsonNode data) {
    return data.has("apiVersion") || data.has("spec");
  }

  /** The egress of a resource whose shape is not read: unknown, so that no rule judges it. */
  static EgressPath unread(String why) {
    return new EgressPath(false, Attr.unknown(why), Attr.unknown(why), Attr.unknown(why), Attr.unknown(why), List.of());
  }

  static EgressPath egress(JsonNode template) {
    JsonNode vpc = obj(template, "vpcAccess");
    List<JsonNode> interfaces = array(vpc, "networkInterfaces");
    Attr<String> setting = str(vpc, "egress");
    return new EgressPath(!vpc.isMissingNode(), str(vpc, "connector"), setting, CloudRunService.mode(setting),
        interfaces.isEmpty() ? Attr.absent() : Attr.known(interfaces.size()),
        interfaces.stream().map(i -> new EgressPath.NetworkInterface(str(i, "network"), str(i, "subnetwork"),
            strings(i, "tags"))).toList());
  }

  static List<EnvVar> env(JsonNode template, String path) {
    List<EnvVar> env = new ArrayList<>();
    List<JsonNode> cs = array(template, "containers");
    for (int i = 0; i < cs.size(); i++) {
      List<JsonNode> es = array(cs.get(i), "env");
      for (int j = 0; j < es.size(); j++) {
        JsonNode e = es.get(j);
        boolean secret = e.has("valueSource");
        JsonNode ref = obj(obj(e, "valueSource"), "secretKeyRef");
        env.add(new EnvVar(str(e, "name"), secret ? Attr.absent() : str(e, "value"), secret,
            path + ".containers[" + i + "].env[" + j + "]", str(ref, "secret"), str(ref, "version")));
      }
    }
    return env;
  }

  static Attr<List<String>> cloudSqlInstances(JsonNode template) {
    List<String> sql = new ArrayList<>();
    for (JsonNode vol : array(template, "volumes")) {
      sql.addAll(strings(obj(vol, "cloudSqlInstance"), "instances"));
    }
    return sql.isEmpty() ? Attr.absent() : Attr.known(sql);
  }
}
