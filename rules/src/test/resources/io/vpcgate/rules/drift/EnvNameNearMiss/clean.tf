provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/api"
      env {
        name  = "JWT_SECRET"
        value = "x"
      }
      env {
        name  = "MODE"
        value = "live-value"
      }
      env {
        name  = "DB_USER"
        value = "app"
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
      env {
        name  = "DB_HOST"
        value = "10.0.0.9"
      }
    }
  }
}
