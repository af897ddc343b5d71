package io.vpcgate.custom;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.WrappersProto;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The typed vocabulary custom rules are written in: the wiring graph as CEL message types (package
 * {@code vpcgate}), so that a misspelt field is an error when the file is loaded. A value that may be
 * unset is a wrapper ({@code null} when unset); a value not known before apply, or not covered by the
 * live read, is CEL's unknown, never a made-up value. Environment values are never part of it: a
 * workload shows its variables' names only.
 */
final class Vocabulary {
  static final String PACKAGE = "vpcgate";

  /** A field of a message: its name, its type as the docs show it, and what it means. */
  record FieldDoc(String name, String type, String doc) {}

  /** A message type and its fields, in the order they are documented. */
  record TypeDoc(String name, String doc, List<FieldDoc> fields) {}

  private static final List<TypeDoc> TYPES = new ArrayList<>();
  private static final FileDescriptor FILE = build();

  private Vocabulary() {}

  static FileDescriptor file() {
    return FILE;
  }

  /** Every message type with its fields, for the docs. */
  static List<TypeDoc> docs() {
    return List.copyOf(TYPES);
  }

  /** The message type each role binds. */
  static String typeOf(Target.Role role) {
    return switch (role) {
      case WORKLOAD -> "Workload";
      case DATA_STORE -> "DataStore";
      case EGRESS_PATH -> "EgressPath";
      case BINDING -> "Binding";
      case CONNECTOR -> "Connector";
      case RESOURCE -> "Resource";
    };
  }

  /** The message type of a rule's variable ({@code workload}: Workload). */
  static String typeOfVariable(String variable) {
    for (Target.Role r : Target.Role.values()) {
      if (r.variable.equals(variable)) {
        return typeOf(r);
      }
    }
    throw new IllegalArgumentException("no variable " + variable);
  }

  private static FileDescriptor build() {
    FileDescriptorProto.Builder file = FileDescriptorProto.newBuilder().setName("vpcgate/custom_rules.proto")
        .setPackage(PACKAGE).setSyntax("proto3").addDependency("google/protobuf/wrappers.proto");
    file.addMessageType(message("Workload", "A workload: a Cloud Run service, job or worker pool, a Cloud Function, an App "
        + "Engine version.", common(Map.of(
            "min_instances", "Int64Value|the fewest instances it keeps running; null when unset",
            "max_instances", "Int64Value|the most instances it runs at once (a job: its parallelism); null when unset",
            "max_instances_or_default", "Int64Value|max_instances, else the platform's documented default for the kind "
                + "(Cloud Run services: 100); null when neither is known",
            "service_account", "StringValue|the service account it runs as; null: the platform's default",
            "env_names", "repeated string|the names of its environment variables (never their values)",
            "cloud_sql_instances", "repeated string|Cloud SQL connection names it attaches",
            "egress", "EgressPath|how its traffic enters the VPC",
            "labels", "map<string, string>|its labels (the user's: not goog-* nor cloud.googleapis.com/*); App Engine "
                + "versions have none",
            "ingress", "StringValue|a Cloud Run service's ingress: INGRESS_TRAFFIC_ALL (also when unset, the default), "
                + "INGRESS_TRAFFIC_INTERNAL_ONLY or INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER; null for other kinds",
            "reaches", "repeated Reach|the data stores it uses, and the evidence for each"))));
    file.addMessageType(message("EgressPath", "A workload's way into the VPC, resolved after deploy.", fields(
        "via", "string|connector, direct_vpc or none",
        "setting", "StringValue|the egress setting as written (ALL_TRAFFIC, all-traffic, PRIVATE_RANGES_ONLY...); null when unset",
        "mode", "string|the egress setting normalised: ALL_TRAFFIC or PRIVATE_RANGES_ONLY (the default)",
        "connector_name", "StringValue|the connector's name; null without one",
        "connector", "Connector|the connector, when it is found in the world after deploy; null otherwise",
        "network", "StringValue|the VPC network its traffic enters; null without VPC egress",
        "region", "StringValue|the region it enters the network in",
        "subnet", "StringValue|the subnetwork its traffic comes from (Direct VPC; a connector's own subnet)",
        "tags", "repeated string|network tags on its traffic (Direct VPC)",
        "nat", "BoolValue|true when a Cloud NAT on its network and region translates its subnet's traffic")));
    file.addMessageType(message("Reach", "A data store a workload uses.", fields(
        "data_store", "DataStore|the store",
        "evidence", "string|address, url, reference, data_source, attachment or connection_name",
        "env_name", "StringValue|the environment variable that carries it; null when none does")));
    file.addMessageType(message("Binding", "A workload bound to a data store it uses.", fields(
        "workload", "Workload|the workload",
        "data_store", "DataStore|the store",
        "evidence", "string|address, url, reference, data_source, attachment or connection_name",
        "env_name", "StringValue|the environment variable that carries it; null when none does")));
    file.addMessageType(message("DataStore", "A private data store: Memorystore for Redis, Redis Cluster, Valkey, "
        + "Memcached, Cloud SQL, AlloyDB.", common(Map.of(
            "network", "StringValue|the VPC network it is reachable from privately; null with a public IP only",
            "attachment", "StringValue|PEERING, PRIVATE_SERVICE_ACCESS, PRIVATE_SERVICE_CONNECT or PUBLIC_IP_ONLY",
            "auth_enabled", "BoolValue|clients must authenticate (Redis AUTH, IAM authorization); null where the kind "
                + "has no such setting",
            "tls", "BoolValue|traffic to it is encrypted in transit (Redis transit encryption, Cloud SQL SSL "
                + "enforced); null where the kind has no such setting",
            "tier", "StringValue|its tier or machine type (BASIC, STANDARD_HA, db-f1-micro...)",
            "max_connections", "Int64Value|the max_connections database flag; null when the flag is not set",
            "port", "Int64Value|the port clients connect to",
            "reached_by", "repeated string|the addresses of the workloads, in Terraform or live, that use it; unknown "
                + "when the live read did not cover the workloads of its project",
            "declared_reached_by", "repeated string|the addresses of the workloads Terraform declares that use it"))));
    file.addMessageType(message("Connector", "A Serverless VPC Access connector.", common(Map.of(
        "network", "StringValue|its VPC network",
        "ip_cidr_range", "StringValue|its /28 range; null when it uses a subnet",
        "subnet", "StringValue|the subnetwork it uses; null with ip_cidr_range",
        "min_instances", "Int64Value|its fewest instances",
        "max_instances", "Int64Value|its most instances",
        "machine_type", "StringValue|its machine type; null: the default (e2-micro)",
        "users", "repeated string|the addresses of the workloads, in Terraform or live, that use it; unknown when the "
            + "live read did not cover the workloads of its project and region",
        "declared_users", "repeated string|the addresses of the workloads Terraform declares that use it"))));
    file.addMessageType(message("Resource", "Any other resource, for a rule on one kind.", common(Map.of(
        "network", "StringValue|its VPC network, for a kind on one; null otherwise"))));
    try {
      return FileDescriptor.buildFrom(file.build(), new FileDescriptor[] {WrappersProto.getDescriptor()});
    } catch (DescriptorValidationException e) {
      throw new IllegalStateException("the custom rules vocabulary is invalid: " + e.getMessage(), e);
    }
  }

  /** The fields every resource has, then {@code more} in alphabetical order. */
  private static Map<String, String> common(Map<String, String> more) {
    Map<String, String> all = fields(
        "kind", "string|its kind (cloud_run_service, redis_instance...)",
        "type", "string|its Terraform resource type (google_cloud_run_v2_service); a live resource: its kind's first",
        "address", "string|its Terraform address, else its API resource name",
        "name", "string|its name",
        "project", "string|its project",
        "region", "string|its region (global for a global resource)",
        "managed", "bool|Terraform declares it (false: it was read live only)",
        "change", "StringValue|what the plan does to it: create, update, replace, delete or no-op; null without a plan "
            + "(a rule that reads it needs: [plan], so that it is skipped, not passed, without one)");
    new java.util.TreeMap<>(more).forEach(all::put);
    return all;
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static DescriptorProto message(String name, String doc, Map<String, String> fields) {
    DescriptorProto.Builder b = DescriptorProto.newBuilder().setName(name);
    List<FieldDoc> docs = new ArrayList<>();
    int number = 1;
    for (Map.Entry<String, String> f : fields.entrySet()) {
      String[] typeAndDoc = f.getValue().split("\\|", 2);
      if (typeAndDoc[0].startsWith("map<")) {
        mapField(b, f.getKey(), number++);
      } else {
        b.addField(field(f.getKey(), number++, typeAndDoc[0]));
      }
      docs.add(new FieldDoc(f.getKey(), typeAndDoc[0], typeAndDoc[1]));
    }
    TYPES.add(new TypeDoc(name, doc, docs));
    return b.build();
  }

  /** A proto map field: a repeated nested entry type, as protoc writes {@code map<string, string>}. */
  private static void mapField(DescriptorProto.Builder b, String name, int number) {
    String entry = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Entry";
    b.addNestedType(DescriptorProto.newBuilder().setName(entry)
        .setOptions(com.google.protobuf.DescriptorProtos.MessageOptions.newBuilder().setMapEntry(true))
        .addField(field("key", 1, "string")).addField(field("value", 2, "string")));
    b.addField(FieldDescriptorProto.newBuilder().setName(name).setNumber(number)
        .setLabel(FieldDescriptorProto.Label.LABEL_REPEATED).setType(FieldDescriptorProto.Type.TYPE_MESSAGE)
        .setTypeName(entry));
  }

  private static FieldDescriptorProto field(String name, int number, String type) {
    boolean repeated = type.startsWith("repeated ");
    String t = repeated ? type.substring("repeated ".length()) : type;
    FieldDescriptorProto.Builder f = FieldDescriptorProto.newBuilder().setName(name).setNumber(number)
        .setLabel(repeated ? FieldDescriptorProto.Label.LABEL_REPEATED : FieldDescriptorProto.Label.LABEL_OPTIONAL);
    switch (t) {
      case "string" -> f.setType(FieldDescriptorProto.Type.TYPE_STRING);
      case "bool" -> f.setType(FieldDescriptorProto.Type.TYPE_BOOL);
      case "int64" -> f.setType(FieldDescriptorProto.Type.TYPE_INT64);
      case "Int64Value", "StringValue", "BoolValue" -> f.setType(FieldDescriptorProto.Type.TYPE_MESSAGE)
          .setTypeName(".google.protobuf." + t);
      default -> f.setType(FieldDescriptorProto.Type.TYPE_MESSAGE).setTypeName("." + PACKAGE + "." + t);
    }
    return f.build();
  }
}
