provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "psc" {
  name          = "psc"
  network       = google_compute_network.vpc.id
  ip_cidr_range = "10.0.0.0/28"
}

# The cache module creates the policy for its cluster...
resource "google_network_connectivity_service_connection_policy" "cache" {
  name          = "cache-scp"
  location      = "us-central1"
  service_class = "gcp-memorystore-redis"
  network       = google_compute_network.vpc.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
  }
}

# ...and the sessions module creates its own for the same network, region and class.
resource "google_network_connectivity_service_connection_policy" "sessions" {
  name          = "sessions-scp"
  location      = "us-central1"
  # BUG: Finding contains: google_network_connectivity_service_connection_policy.cache already declares it
  service_class = "gcp-memorystore-redis"
  network       = google_compute_network.vpc.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
  }
}

# Valkey's policy on the network where one exists live, made outside this configuration.
resource "google_network_connectivity_service_connection_policy" "valkey" {
  name          = "valkey"
  location      = "us-central1"
  # WARN: Finding contains: exists live for it
  service_class = "gcp-memorystore"
  network       = google_compute_network.vpc.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
  }
}
