# Billing's AlloyDB on Private Service Connect: the instance publishes a service attachment, but no endpoint
# (an internal address and a forwarding rule targeting the attachment) was created in data-vpc.
resource "google_alloydb_cluster" "billing" {
  cluster_id = "billing"
  location   = "us-central1"
  psc_config {
    psc_enabled = true
  }
}

resource "google_alloydb_instance" "billing" {
  cluster       = google_alloydb_cluster.billing.name
  instance_id   = "billing-primary"
  instance_type = "PRIMARY"
  psc_instance_config {
    allowed_consumer_projects = []
  }
}
