provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_sql_database_instance" "pg" {
  name             = "pg"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      # BUG: Finding contains: private_network acme/prod-vpc has no Private Service Access connection
      private_network = "projects/acme/global/networks/prod-vpc"
    }
  }
}

resource "google_compute_global_address" "psa" {
  name          = "psa-range"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  prefix_length = 16
  network       = "app-vpc"
}

resource "google_service_networking_connection" "psa" {
  network                 = "projects/acme/global/networks/app-vpc"
  service                 = "servicenetworking.googleapis.com"
  reserved_peering_ranges = [google_compute_global_address.psa.name]
}

resource "google_sql_database_instance" "app" {
  name             = "app"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      # WARN: Finding contains: does not depend on google_service_networking_connection.psa
      private_network = "projects/acme/global/networks/app-vpc"
    }
  }
}
