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

resource "google_compute_subnetwork" "psc_east" {
  name          = "psc-east"
  region        = "us-east1"
  network       = google_compute_network.vpc.id
  ip_cidr_range = "10.0.1.0/28"
}

# One policy per network, region and class: the same class in another region, and another class in the same one.
resource "google_network_connectivity_service_connection_policy" "redis" {
  name          = "redis"
  location      = "us-central1"
  service_class = "gcp-memorystore-redis"
  network       = google_compute_network.vpc.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
  }
}

resource "google_network_connectivity_service_connection_policy" "redis_east" {
  name          = "redis-east"
  location      = "us-east1"
  service_class = "gcp-memorystore-redis"
  network       = google_compute_network.vpc.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc_east.id]
  }
}

# The policy made by hand, now managed here (imported): the same policy, not a second one.
resource "google_network_connectivity_service_connection_policy" "valkey" {
  name          = "valkey-by-hand"
  location      = "us-central1"
  service_class = "gcp-memorystore"
  network       = google_compute_network.vpc.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
  }
}
