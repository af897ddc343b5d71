provider "google" {
  project = "acme"
  region  = "us-central1"
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
      private_network = "projects/acme/global/networks/app-vpc"
    }
  }
  depends_on = [google_service_networking_connection.psa]
}

# The connection exists live (the network's servicenetworking peering).
resource "google_sql_database_instance" "data" {
  name             = "data"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      private_network = "projects/acme/global/networks/data-vpc"
    }
  }
}
