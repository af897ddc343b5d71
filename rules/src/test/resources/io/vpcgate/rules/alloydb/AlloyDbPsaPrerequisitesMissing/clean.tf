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

resource "google_alloydb_cluster" "billing" {
  cluster_id = "billing"
  location   = "us-central1"
  network_config {
    network            = google_service_networking_connection.psa.network
    allocated_ip_range = google_compute_global_address.psa.name
  }
}

# Named by project number, as the provider documents it; the connection exists live.
resource "google_alloydb_cluster" "orders" {
  cluster_id = "orders"
  location   = "us-central1"
  network_config {
    network = "projects/123456789/global/networks/data-vpc"
  }
}

# Private Service Connect: no network to peer.
resource "google_alloydb_cluster" "reports" {
  cluster_id = "reports"
  location   = "us-central1"
  psc_config {
    psc_enabled = true
  }
}
