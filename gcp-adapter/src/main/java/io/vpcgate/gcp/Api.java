package io.vpcgate.gcp;

import java.util.Set;

/**
 * The APIs vpcgate reads, each with the Cloud Asset Inventory asset types it yields, the
 * Terraform types whose live resources it shows (so that rules on them are skipped when it cannot be
 * read), the API to enable, and the read-only role that grants the list calls.
 */
public enum Api {
  RUN("Cloud Run Admin API", "run.googleapis.com", "roles/run.viewer",
      Set.of("google_cloud_run_v2_service", "google_cloud_run_service")),
  VPCACCESS("Serverless VPC Access API", "vpcaccess.googleapis.com", "roles/vpcaccess.viewer",
      Set.of("google_vpc_access_connector")),
  REDIS("Memorystore for Redis API", "redis.googleapis.com", "roles/redis.viewer", Set.of("google_redis_instance")),
  SQLADMIN("Cloud SQL Admin API", "sqladmin.googleapis.com", "roles/cloudsql.viewer",
      Set.of("google_sql_database_instance")),
  COMPUTE("Compute Engine API", "compute.googleapis.com", "roles/compute.networkViewer",
      Set.of("google_compute_network", "google_compute_subnetwork", "google_compute_global_address",
          "google_compute_firewall", "google_compute_router", "google_compute_router_nat",
          "google_service_networking_connection")),
  ASSET("Cloud Asset API", "cloudasset.googleapis.com", "roles/cloudasset.viewer",
      Set.of("google_cloud_run_v2_service", "google_cloud_run_service", "google_vpc_access_connector",
          "google_redis_instance", "google_sql_database_instance", "google_compute_network",
          "google_compute_subnetwork", "google_compute_global_address", "google_compute_firewall",
          "google_compute_router", "google_compute_router_nat", "google_service_networking_connection"));

  private final String title;
  private final String service;
  private final String viewerRole;
  private final Set<String> terraformTypes;

  Api(String title, String service, String viewerRole, Set<String> terraformTypes) {
    this.title = title;
    this.service = service;
    this.viewerRole = viewerRole;
    this.terraformTypes = terraformTypes;
  }

  public String title() {
    return title;
  }

  public String service() {
    return service;
  }

  public String viewerRole() {
    return viewerRole;
  }

  /** The Terraform types whose live picture is incomplete when this API cannot be read. */
  public Set<String> terraformTypes() {
    return terraformTypes;
  }
}
