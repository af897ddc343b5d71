package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Attr;
import java.util.Map;

/**
 * Attributes the provider derives from configuration alone (their formats are fixed by the
 * provider: e.g. a network's id is {@code projects/{project}/global/networks/{name}}), so
 * references like {@code google_compute_network.vpc.id} resolve before apply. Everything else a
 * configuration does not set stays "known after apply".
 */
final class ComputedAttributes {
  private static final String COMPUTE = "https://www.googleapis.com/compute/v1/";

  private ComputedAttributes() {}

  static void add(String type, Map<String, Value> attrs, Attr<String> providerProject, Attr<String> providerRegion) {
    String name = str(attrs.get(type.equals("google_secret_manager_secret") ? "secret_id" : "name"));
    String project = attrs.containsKey("project") ? str(attrs.get("project")) : providerProject.known().orElse(null);
    String region = attrs.containsKey("region") ? str(attrs.get("region"))
        : attrs.containsKey("location") ? str(attrs.get("location")) : providerRegion.known().orElse(null);
    if (name == null || project == null) {
      return;
    }
    attrs.putIfAbsent("project", Value.str(project));
    switch (type) {
      case "google_compute_network" -> {
        String path = "projects/" + project + "/global/networks/" + name;
        attrs.put("id", Value.str(path));
        attrs.put("self_link", Value.str(COMPUTE + path));
      }
      case "google_compute_global_address" -> {
        String path = "projects/" + project + "/global/addresses/" + name;
        attrs.put("id", Value.str(path));
        attrs.put("self_link", Value.str(COMPUTE + path));
      }
      case "google_compute_subnetwork", "google_compute_router" -> {
        if (region != null) {
          String path = "projects/" + project + "/regions/" + region
              + (type.endsWith("router") ? "/routers/" : "/subnetworks/") + name;
          attrs.put("id", Value.str(path));
          attrs.put("self_link", Value.str(COMPUTE + path));
        }
      }
      case "google_vpc_access_connector" -> {
        if (region != null) {
          String path = "projects/" + project + "/locations/" + region + "/connectors/" + name;
          attrs.put("id", Value.str(path));
          attrs.put("self_link", Value.str(path));
        }
      }
      case "google_redis_instance" -> {
        if (region != null) {
          attrs.put("id", Value.str("projects/" + project + "/locations/" + region + "/instances/" + name));
        }
      }
      case "google_sql_database_instance" -> {
        if (region != null) {
          attrs.put("connection_name", Value.str(project + ":" + region + ":" + name));
        }
        attrs.put("id", Value.str(name));
      }
      case "google_secret_manager_secret" -> attrs.put("id", Value.str("projects/" + project + "/secrets/" + name));
      case "google_cloud_run_v2_service", "google_cloud_run_service" -> {
        if (region != null) {
          attrs.put("id", Value.str("projects/" + project + "/locations/" + region + "/services/" + name));
        }
      }
      default -> { }
    }
  }

  private static String str(Value v) {
    return v == null || !v.isWhollyKnown() ? null : v.asString().orElse(null);
  }
}
