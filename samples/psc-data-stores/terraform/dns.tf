# Names for the data stores, visible to data-vpc only. The Redis Cluster's name was never added.
resource "google_dns_managed_zone" "data" {
  name       = "data-internal"
  dns_name   = "data.internal."
  visibility = "private"
  private_visibility_config {
    networks {
      network_url = google_compute_network.data.id
    }
  }
}

resource "google_dns_record_set" "events" {
  managed_zone = google_dns_managed_zone.data.name
  name         = "events.valkey.data.internal."
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.60.16.5"]
}
