provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "threshold" {}
resource "google_cloud_run_v2_service" "ok" {
  name     = "ok"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/app"
      startup_probe {
        initial_delay_seconds = 240
        period_seconds        = 240
        timeout_seconds       = 240
        failure_threshold     = 1
      }
      liveness_probe {
        period_seconds  = 3600
        timeout_seconds = 5
      }
    }
  }
}
resource "google_cloud_run_v2_service" "defaults" {
  name     = "defaults"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/app"
      startup_probe {
        tcp_socket {
          port = 8080
        }
      }
    }
  }
}
resource "google_cloud_run_v2_service" "unknown" {
  name     = "unknown"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/app"
      startup_probe {
        period_seconds    = 60
        failure_threshold = var.threshold
      }
    }
  }
}
