provider "google" {
  project = "acme"
  region  = "us-central1"
}

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

resource "google_compute_address" "billing" {
  name         = "alloydb-billing"
  region       = "us-central1"
  subnetwork   = "apps"
  address_type = "INTERNAL"
}

resource "google_compute_forwarding_rule" "billing" {
  name                  = "alloydb-billing"
  region                = "us-central1"
  network               = "vpc"
  ip_address            = google_compute_address.billing.id
  load_balancing_scheme = ""
  target                = google_alloydb_instance.billing.psc_instance_config[0].service_attachment_link
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/api"
      env {
        name  = "DB_HOST"
        value = google_alloydb_instance.billing.psc_instance_config[0].psc_dns_name
      }
    }
  }
}

# AlloyDB creates the endpoint itself, through a service connection policy.
resource "google_alloydb_cluster" "reports" {
  cluster_id = "reports"
  location   = "us-central1"
  psc_config {
    psc_enabled = true
  }
}

resource "google_alloydb_instance" "reports" {
  cluster       = google_alloydb_cluster.reports.name
  instance_id   = "reports-primary"
  instance_type = "PRIMARY"
  psc_instance_config {
    psc_auto_connections {
      consumer_network = "projects/acme/global/networks/vpc"
      consumer_project = "acme"
    }
  }
}
