# Recreated last month when its tier changed: it came back with a new address.
resource "google_redis_instance" "cache" {
  name               = "batch-cache"
  region             = "us-central1"
  tier               = "STANDARD_HA"
  memory_size_gb     = 1
  authorized_network = google_compute_network.batch.id
}

resource "google_sql_database_instance" "orders" {
  name             = "orders-db"
  region           = "us-central1"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.batch.id
    }
  }
}
