# Nightly export: 20 tasks at once on a /28 of Direct VPC, each with a pool of 10 connections to a db-f1-micro.
resource "google_cloud_run_v2_job" "export" {
  name     = "nightly-export"
  location = "us-central1"
  template {
    parallelism = 20
    task_count  = 100
    template {
      vpc_access {
        egress = "PRIVATE_RANGES_ONLY"
        network_interfaces {
          subnetwork = google_compute_subnetwork.jobs.name
        }
      }
      containers {
        image = "us-docker.pkg.dev/acme-batch/jobs/export:1.4.2"
        env {
          name  = "DB_HOST"
          value = google_sql_database_instance.orders.private_ip_address
        }
        env {
          name  = "DB_POOL_SIZE"
          value = "10"
        }
      }
    }
  }
}
