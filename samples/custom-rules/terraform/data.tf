resource "google_redis_instance" "sessions" {
  name               = "sessions"
  tier               = "STANDARD_HA"
  memory_size_gb     = 5
  authorized_network = google_compute_network.prod.id
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
  auth_enabled       = true
  # Transit encryption is left at its default: off.
}

resource "google_sql_database_instance" "ledger" {
  name             = "ledger"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.prod.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}
