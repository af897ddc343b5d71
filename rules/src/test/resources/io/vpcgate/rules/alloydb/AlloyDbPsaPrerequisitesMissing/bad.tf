provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_alloydb_cluster" "orders" {
  cluster_id = "orders"
  location   = "us-central1"
  network_config {
    # BUG: Finding contains: network acme/prod-vpc has no Private Service Access connection
    network = "projects/acme/global/networks/prod-vpc"
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

resource "google_alloydb_cluster" "billing" {
  cluster_id = "billing"
  location   = "us-central1"
  network_config {
    network            = google_service_networking_connection.psa.network
    # BUG: Finding contains: allocated_ip_range alloydb-range is not an allocated (VPC_PEERING) range on network acme/app-vpc (its ranges: psa-range)
    allocated_ip_range = "alloydb-range"
  }
}
