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

resource "google_memcache_instance" "cache" {
  name                 = "cache"
  node_count           = 2
  authorized_network   = google_service_networking_connection.psa.network
  reserved_ip_range_id = [google_compute_global_address.psa.name]
  node_config {
    cpu_count      = 1
    memory_size_mb = 1024
  }
}

# The connection exists live (the network's servicenetworking peering).
resource "google_memcache_instance" "sessions" {
  name               = "sessions"
  node_count         = 1
  authorized_network = "projects/acme/global/networks/data-vpc"
  node_config {
    cpu_count      = 1
    memory_size_mb = 1024
  }
}
