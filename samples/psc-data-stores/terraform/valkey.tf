# Two stacks each create "the" policy for Valkey in data-vpc and us-central1: the API allows one per network,
# region and service class.
resource "google_network_connectivity_service_connection_policy" "valkey_platform" {
  name          = "valkey-platform"
  location      = "us-central1"
  service_class = "gcp-memorystore"
  network       = google_compute_network.data.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
  }
}

resource "google_network_connectivity_service_connection_policy" "valkey_events" {
  name          = "valkey-events"
  location      = "us-central1"
  service_class = "gcp-memorystore"
  network       = google_compute_network.data.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
  }
}

resource "google_memorystore_instance" "events" {
  instance_id = "events"
  location    = "us-central1"
  shard_count = 1
  desired_auto_created_endpoints {
    network    = google_compute_network.data.id
    project_id = "acme-data"
  }
  depends_on = [google_network_connectivity_service_connection_policy.valkey_platform]
}
