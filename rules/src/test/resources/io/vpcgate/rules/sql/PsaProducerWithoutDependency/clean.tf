provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_compute_network" "vpc" {
  name                    = "prod-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_global_address" "psa" {
  name          = "psa-range"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  prefix_length = 16
  network       = google_compute_network.vpc.id
}

resource "google_service_networking_connection" "psa" {
  network                 = google_compute_network.vpc.id
  service                 = "servicenetworking.googleapis.com"
  reserved_peering_ranges = [google_compute_global_address.psa.name]
}

resource "google_redis_instance" "cache" {
  name               = "cache"
  memory_size_gb     = 1
  authorized_network = google_compute_network.vpc.id
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
  depends_on         = [google_service_networking_connection.psa]
}

resource "google_memcache_instance" "catalog" {
  name               = "catalog"
  node_count         = 1
  authorized_network = google_compute_network.vpc.id
  node_config {
    cpu_count      = 1
    memory_size_mb = 1024
  }
  depends_on = [google_service_networking_connection.psa]
}

resource "google_alloydb_cluster" "billing" {
  cluster_id = "billing"
  location   = "us-central1"
  network_config {
    network = google_compute_network.vpc.id
  }
  depends_on = [google_service_networking_connection.psa]
}

# Peered directly (no Private Service Access): nothing to depend on.
resource "google_redis_instance" "direct" {
  name               = "direct"
  memory_size_gb     = 1
  authorized_network = google_compute_network.vpc.id
}
