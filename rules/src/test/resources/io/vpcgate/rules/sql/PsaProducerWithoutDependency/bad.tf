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

# WARN: Finding contains: google_redis_instance.cache draws its address from the Private Service Access connection google_service_networking_connection.psa on acme/prod-vpc but does not depend on it
resource "google_redis_instance" "cache" {
  name               = "cache"
  memory_size_gb     = 1
  authorized_network = google_compute_network.vpc.id
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
}

# WARN: Finding contains: google_memcache_instance.catalog draws its address from the Private Service Access connection
resource "google_memcache_instance" "catalog" {
  name               = "catalog"
  node_count         = 1
  authorized_network = google_compute_network.vpc.id
  node_config {
    cpu_count      = 1
    memory_size_mb = 1024
  }
}

# WARN: Finding contains: google_alloydb_cluster.billing draws its address from the Private Service Access connection
resource "google_alloydb_cluster" "billing" {
  cluster_id = "billing"
  location   = "us-central1"
  network_config {
    network = google_compute_network.vpc.id
  }
}
