provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/conn"
      egress    = "ALL_TRAFFIC"
    }
    containers {
      image = "gcr.io/acme/api"
      env {
        name  = "MODE"
        value = "live-value"
      }
      env {
        name  = "JWT_SECRET"
        value = "x"
      }
    }
  }
}
resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/worker"
    }
  }
}
