# Nightly batch jobs, one per ledger partition, all through the shared connector.
resource "google_cloud_run_v2_job" "settle" {
  for_each = toset(["eu", "uk", "us", "apac", "latam"])
  name     = "settle-${each.key}"
  location = "europe-west1"
  template {
    parallelism = 2
    template {
      vpc_access {
        connector = google_vpc_access_connector.shared.id
        egress    = "PRIVATE_RANGES_ONLY"
      }
      containers {
        image = "europe-docker.pkg.dev/acme/payments/settle:7.0.2"
        env {
          name  = "LEDGER_DB"
          value = google_sql_database_instance.ledger.connection_name
        }
        env {
          name  = "DB_POOL_SIZE"
          value = "5"
        }
      }
    }
  }
}
