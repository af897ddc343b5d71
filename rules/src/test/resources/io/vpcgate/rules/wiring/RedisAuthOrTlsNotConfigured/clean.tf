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
        value = "10.0.0.3"
      }
      env {
        name = "REDIS_AUTH"
        value_source {
          secret_key_ref {
            secret  = "redis-auth"
            version = "1"
          }
        }
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
        value = "rediss://10.0.0.11:6378/0"
      }
    }
  }
}
