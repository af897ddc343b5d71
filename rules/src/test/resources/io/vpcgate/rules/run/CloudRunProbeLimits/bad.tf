provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "slow" {
  name     = "slow"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/app"
      startup_probe {
        period_seconds    = 60
        # BUG: Finding contains: failure_threshold x period_seconds = 10 x 60 = 600 s
        failure_threshold = 10
        tcp_socket {
          port = 8080
        }
      }
    }
  }
}
resource "google_cloud_run_v2_service" "long_period" {
  name     = "long-period"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/app"
      startup_probe {
        # BUG: Finding contains: startup probe initial_delay_seconds = 300 exceeds the maximum of 240 s
        initial_delay_seconds = 300
        # BUG: Finding contains: startup probe period_seconds = 600 is outside 1..240 s
        period_seconds        = 600
        failure_threshold     = 1
      }
      liveness_probe {
        period_seconds  = 10
        # BUG: Finding contains: liveness probe timeout_seconds = 30 is longer than period_seconds = 10
        timeout_seconds = 30
        http_get {
          path = "/healthz"
        }
      }
    }
  }
}
resource "google_cloud_run_service" "v1" {
  name     = "v1"
  location = "us-central1"
  template {
    spec {
      containers {
        image = "gcr.io/acme/app"
        startup_probe {
          # BUG: Finding contains: failure_threshold x period_seconds = 30 x 10 = 300 s
          failure_threshold = 30
        }
      }
    }
  }
}
