provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_redis_instance" "shared" {
  name               = "shared"
  memory_size_gb     = 1
  authorized_network = "projects/acme-host/global/networks/shared-vpc"
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
}

resource "google_redis_instance" "local" {
  name               = "local"
  memory_size_gb     = 1
  authorized_network = "projects/acme/global/networks/prod-vpc"
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

resource "google_redis_instance" "psa" {
  name               = "psa"
  memory_size_gb     = 1
  authorized_network = "app-vpc"
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
  depends_on         = [google_service_networking_connection.psa]
}
