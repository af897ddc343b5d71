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
  # BUG: Finding contains: no forwarding rule targets its service attachment although Service google_cloud_run_v2_service.api connects to it
  psc_instance_config {
    allowed_consumer_projects = []
  }
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
  # WARN: Finding contains: allowed_consumer_projects lets other projects hold the endpoint
  psc_instance_config {
    allowed_consumer_projects = ["123456789"]
  }
}
