provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "REDIS_HOST"
        # BUG: Finding contains: has AUTH enabled, but service google_cloud_run_v2_service.api provides no Redis credential
        value = "10.0.0.3"
      }
      env {
        name  = "REDIS_PORT"
        value = "6379"
      }
    }
  }
}

resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "REDIS_URL"
        # BUG: Finding contains: requires TLS (transit_encryption_mode = SERVER_AUTHENTICATION), but service google_cloud_run_v2_service.worker sets REDIS_URL for a plain connection
        value = "redis://10.0.0.11:6378/0"
      }
    }
  }
}
