package io.vpcgate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a large synthetic Terraform monorepo for {@code make bench}: ROOTS root modules under
 * {@code envs/}, each with variables, tfvars, locals, outputs, six resources of its own (a connector,
 * two Cloud Run services, Redis, Cloud SQL, a firewall) and a call of one of 50 shared local modules
 * under {@code modules/} (a subnetwork, a router with NAT, a global address and a secret: four more),
 * so ten resource instances per root. One root in 50 gives its connector {@code max_instances = 20}
 * (VPCC-05, BLOCKING), so the check has findings to report; everything else is clean.
 * Prints what it wrote: roots, files, bytes, resource instances, expected BLOCKING findings.
 *   java ... io.vpcgate.cli.SyntheticMonorepo OUT_DIR [ROOTS]
 */
public final class SyntheticMonorepo {
  static final int SHARED_MODULES = 50;
  private static final List<String> REGIONS = List.of("us-central1", "europe-west1", "asia-northeast1", "us-east4");
  private static final String PROSE = "Owned by the platform team; changes go through the infrastructure review. "
      + "See the runbook for rotation, paging and the rollback procedure before touching this value. ";

  private long files;
  private long bytes;

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int roots = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    SyntheticMonorepo g = new SyntheticMonorepo();
    for (int m = 0; m < SHARED_MODULES; m++) {
      g.write(out.resolve("modules/shared-" + m + "/main.tf"), sharedModule(m));
    }
    int blocking = 0;
    for (int i = 0; i < roots; i++) {
      Path root = out.resolve(String.format("envs/team-%02d/svc-%04d", i % 40, i));
      boolean bad = i % 50 == 49;
      blocking += bad ? 1 : 0;
      g.write(root.resolve("variables.tf"), variables(i));
      g.write(root.resolve("terraform.tfvars"), tfvars(i));
      g.write(root.resolve("locals.tf"), locals(i));
      g.write(root.resolve("main.tf"), main(i, bad));
      g.write(root.resolve("outputs.tf"), outputs());
    }
    System.out.printf("roots %d files %d bytes %d resources %d blocking %d%n", roots, g.files, g.bytes, roots * 10L,
        blocking);
  }

  private void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(p, b);
    files++;
    bytes += b.length;
  }

  private static String variables(int i) {
    StringBuilder tf = new StringBuilder("# Inputs of service " + i + ". " + PROSE + "\n\n");
    tf.append(variable("project", "string", null)).append(variable("region", "string", null))
        .append(variable("image_tag", "string", "\"1." + i % 17 + ".0\"")).append(variable("max_scale", "number", "8"))
        .append(variable("connector_max", "number", "10"));
    for (int k = 0; k < 40; k++) {
      tf.append(variable("feature_" + k, "string", "\"value-" + k + "\""));
    }
    return tf.toString();
  }

  private static String variable(String name, String type, String def) {
    return "variable \"" + name + "\" {\n  description = \"" + name.replace('_', ' ') + ": " + PROSE.trim()
        + "\"\n  type        = " + type + "\n" + (def == null ? "" : "  default     = " + def + "\n")
        + "  nullable    = false\n}\n\n";
  }

  private static String tfvars(int i) {
    return "project = \"acme-svc-" + i + "\"\nregion  = \"" + REGIONS.get(i % REGIONS.size()) + "\"\nmax_scale = "
        + (4 + i % 5) + "\n";
  }

  private static String locals(int i) {
    StringBuilder tf = new StringBuilder("locals {\n  name_prefix = \"svc-${" + i + "}\"\n");
    tf.append("  labels = {\n    team = \"team-").append(i % 40).append("\"\n    env  = \"staging\"\n    cost = \"cc-")
        .append(1000 + i).append("\"\n  }\n");
    tf.append("  redis_port = 6379\n  db_name    = \"app\"\n");
    for (int k = 0; k < 40; k++) {
      tf.append("  env_").append(k).append(" = upper(\"${var.feature_").append(k).append("}-${local.name_prefix}\")\n");
    }
    tf.append("  settings = { for k in range(10) : \"flag_${k}\" => k % 2 == 0 }\n}\n");
    return tf.toString();
  }

  private static String main(int i, boolean bad) {
    StringBuilder tf = new StringBuilder("""
        # Service %1$d: Cloud Run behind a Serverless VPC Access connector, reaching Redis and Cloud SQL.
        provider "google" {
          project = var.project
          region  = var.region
        }

        resource "google_compute_network" "vpc" {
          name                    = "${local.name_prefix}-vpc"
          auto_create_subnetworks = false
        }

        resource "google_vpc_access_connector" "main" {
          name          = "conn-%1$d"
          region        = var.region
          network       = google_compute_network.vpc.name
          ip_cidr_range = "10.8.0.0/28"
          min_instances = 2
          max_instances = %2$s
          machine_type  = "e2-micro"
        }

        resource "google_redis_instance" "cache" {
          name               = "${local.name_prefix}-cache"
          tier               = "STANDARD_HA"
          memory_size_gb     = 5
          region             = var.region
          authorized_network = google_compute_network.vpc.id
          connect_mode       = "DIRECT_PEERING"
          reserved_ip_range  = "10.30.0.0/29"
          redis_version      = "REDIS_7_0"
          labels             = local.labels
        }

        resource "google_sql_database_instance" "db" {
          name             = "${local.name_prefix}-db"
          database_version = "POSTGRES_15"
          region           = var.region
          settings {
            tier = "db-custom-2-7680"
            ip_configuration {
              ipv4_enabled    = false
              private_network = google_compute_network.vpc.id
            }
            database_flags {
              name  = "max_connections"
              value = "400"
            }
            user_labels = local.labels
          }
          deletion_protection = true
        }

        module "edge" {
          source  = "../../../modules/shared-%3$d"
          network = google_compute_network.vpc.id
          region  = var.region
          name    = local.name_prefix
        }
        """.formatted(i, bad ? "20" : "var.connector_max", i % SHARED_MODULES));
    for (String svc : List.of("api", "worker")) {
      tf.append(service(svc));
    }
    return tf.toString();
  }

  private static String service(String svc) {
    StringBuilder tf = new StringBuilder("""

        resource "google_cloud_run_v2_service" "%1$s" {
          name     = "${local.name_prefix}-%1$s"
          location = var.region
          labels   = local.labels

          template {
            service_account = "%1$s@${var.project}.iam.gserviceaccount.com"
            scaling {
              max_instance_count = var.max_scale
            }
            vpc_access {
              connector = google_vpc_access_connector.main.id
              egress    = "PRIVATE_RANGES_ONLY"
            }
            containers {
              image = "us-docker.pkg.dev/${var.project}/app/%1$s:${var.image_tag}"
              env {
                name  = "REDIS_HOST"
                value = google_redis_instance.cache.host
              }
              env {
                name  = "REDIS_PORT"
                value = tostring(local.redis_port)
              }
        """.formatted(svc));
    for (int k = 0; k < 40; k++) {
      tf.append("      env {\n        name  = \"FEATURE_").append(k).append("\"\n        value = local.env_").append(k)
          .append("\n      }\n");
    }
    tf.append("""
              volume_mounts {
                name       = "cloudsql"
                mount_path = "/cloudsql"
              }
            }
            volumes {
              name = "cloudsql"
              cloud_sql_instance {
                instances = [google_sql_database_instance.db.connection_name]
              }
            }
          }
        }
        """);
    return tf.toString();
  }

  private static String outputs() {
    StringBuilder tf = new StringBuilder();
    for (String o : List.of("google_vpc_access_connector.main.id", "google_redis_instance.cache.host",
        "google_sql_database_instance.db.connection_name", "google_cloud_run_v2_service.api.uri",
        "google_cloud_run_v2_service.worker.uri", "module.edge.subnet")) {
      tf.append("output \"").append(o.replaceAll("[^a-z]+", "_")).append("\" {\n  description = \"").append(PROSE.trim())
          .append("\"\n  value       = ").append(o).append("\n}\n\n");
    }
    return tf.toString();
  }

  private static String sharedModule(int m) {
    return """
        # Shared edge module %1$d: a subnetwork with Cloud NAT, a reserved range and a secret.
        variable "network" {
          type = string
        }
        variable "region" {
          type = string
        }
        variable "name" {
          type = string
        }

        resource "google_compute_subnetwork" "main" {
          name          = "${var.name}-subnet"
          region        = var.region
          network       = var.network
          ip_cidr_range = cidrsubnet("10.64.0.0/12", 8, %1$d)
        }

        resource "google_compute_router" "main" {
          name    = "${var.name}-router"
          region  = var.region
          network = var.network
        }

        resource "google_compute_router_nat" "main" {
          name                               = "${var.name}-nat"
          router                             = google_compute_router.main.name
          region                             = var.region
          nat_ip_allocate_option             = "AUTO_ONLY"
          source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
        }

        resource "google_secret_manager_secret" "token" {
          secret_id = "${var.name}-token"
          replication {
            auto {}
          }
        }

        output "subnet" {
          value = google_compute_subnetwork.main.id
        }
        """.formatted(m);
  }
}
