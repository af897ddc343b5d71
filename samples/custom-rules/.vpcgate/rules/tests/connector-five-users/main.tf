provider "google" {
  project = "acme-prod-payments"
  region  = "europe-west1"
}

resource "google_vpc_access_connector" "shared" {
  name          = "payments-shared"
  network       = "prod-vpc"
  ip_cidr_range = "10.20.8.0/28"
}

resource "google_cloud_run_v2_job" "batch" {
  for_each = toset(["a", "b", "c", "d", "e"])
  name     = "batch-${each.key}"
  location = "europe-west1"
  template {
    template {
      vpc_access {
        connector = google_vpc_access_connector.shared.id
      }
      containers {
        image = "gcr.io/acme/batch"
      }
    }
  }
}
