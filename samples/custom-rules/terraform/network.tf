resource "google_compute_network" "prod" {
  name                    = "prod-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "run" {
  name          = "run-direct"
  network       = google_compute_network.prod.id
  ip_cidr_range = "10.20.0.0/24"
}

# One connector for the whole payments project: every batch job sends its traffic through it.
resource "google_vpc_access_connector" "shared" {
  name          = "payments-shared"
  network       = google_compute_network.prod.name
  ip_cidr_range = "10.20.8.0/28"
  min_instances = 2
  max_instances = 10
}
