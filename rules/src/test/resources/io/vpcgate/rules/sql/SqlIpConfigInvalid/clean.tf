provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_sql_database_instance" "private" {
  name             = "pg-private"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      ipv4_enabled       = false
      private_network    = "projects/acme/global/networks/prod-vpc"
      allocated_ip_range = "psa-range"
      ssl_mode           = "ENCRYPTED_ONLY"
      require_ssl        = false
    }
  }
}

resource "google_sql_database_instance" "psc" {
  name             = "psc"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      ipv4_enabled = false
      psc_config {
        psc_enabled               = true
        allowed_consumer_projects = ["acme"]
      }
    }
  }
}

resource "google_sql_database_instance" "defaults" {
  name             = "defaults"
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-custom-1-3840"
  }
}
