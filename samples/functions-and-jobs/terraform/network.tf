resource "google_compute_network" "batch" {
  name                    = "batch-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "main" {
  name          = "batch-usc1"
  network       = google_compute_network.batch.id
  region        = "us-central1"
  ip_cidr_range = "10.40.0.0/20"
}

# Carved out for the nightly export's Direct VPC egress when the job moved off the connector.
resource "google_compute_subnetwork" "jobs" {
  name          = "jobs-direct"
  network       = google_compute_network.batch.id
  region        = "us-central1"
  ip_cidr_range = "10.40.16.0/28"
}

resource "google_vpc_access_connector" "functions" {
  name          = "fn-connector"
  region        = "us-central1"
  network       = google_compute_network.batch.name
  ip_cidr_range = "10.8.0.0/28"
  min_instances = 2
  max_instances = 3
}
