locals {
  sql_connection = "${var.project}:${var.region}:staging-shared-postgres"
}

resource "google_cloud_run_v2_service" "backend" {
  name     = "backend"
  location = var.region

  template {
    service_account = "backend-run@${var.project}.iam.gserviceaccount.com"

    scaling {
      max_instance_count = 20
    }

    containers {
      image = var.backend_image

      env {
        name  = "REDIS_HOST"
        value = var.redis_host
      }
      env {
        name  = "REDIS_PORT"
        value = "6379"
      }
      env {
        name  = "DB_POOL_SIZE"
        value = "10"
      }
      env {
        name  = "DB_MAX_OVERFLOW"
        value = "15"
      }
      env {
        name  = "INSTANCE_CONNECTION_NAME"
        value = local.sql_connection
      }
      env {
        name = "DATABASE_URL"
        value_source {
          secret_key_ref {
            secret  = "backend-database-url"
            version = "3"
          }
        }
      }

      volume_mounts {
        name       = "cloudsql"
        mount_path = "/cloudsql"
      }

      # The app warms its caches at start: allow it 600 s before Cloud Run gives up.
      startup_probe {
        timeout_seconds   = 5
        period_seconds    = 60
        failure_threshold = 10
        tcp_socket {
          port = 8080
        }
      }
    }

    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = [local.sql_connection]
      }
    }
  }
}
