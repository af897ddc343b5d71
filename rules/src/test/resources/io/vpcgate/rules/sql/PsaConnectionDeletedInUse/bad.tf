# The network stack: `terraform plan -destroy` while the database team's Cloud SQL instance (another workspace,
# read live) still has its private IP from this connection.
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

# BUG: Finding contains: Applying deletes Private Service Access connection google_service_networking_connection.psa on acme/shared-vpc while 1 data store still uses it: projects/acme/instances/orders-db
resource "google_service_networking_connection" "psa" {
  network                 = google_compute_network.shared.id
  service                 = "servicenetworking.googleapis.com"
  reserved_peering_ranges = [google_compute_global_address.psa.name]
}
