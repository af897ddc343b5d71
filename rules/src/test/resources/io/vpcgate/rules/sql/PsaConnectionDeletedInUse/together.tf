# `terraform plan -destroy` of a stack that holds the connection and the database that draws from it.
provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_compute_network" "shared" {
  name                    = "shared-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_global_address" "psa" {
  name          = "psa-range"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  prefix_length = 16
  network       = google_compute_network.shared.id
}

# WARN: Finding contains: Applying deletes Private Service Access connection google_service_networking_connection.psa on acme/shared-vpc together with 1 data store: google_sql_database_instance.orders
resource "google_service_networking_connection" "psa" {
  network                 = google_compute_network.shared.id
  service                 = "servicenetworking.googleapis.com"
  reserved_peering_ranges = [google_compute_global_address.psa.name]
}

resource "google_sql_database_instance" "orders" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.shared.id
    }
  }
  depends_on = [google_service_networking_connection.psa]
}
