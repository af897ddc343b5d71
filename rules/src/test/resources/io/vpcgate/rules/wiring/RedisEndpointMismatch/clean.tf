provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/c"
    }
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "REDIS_HOST"
        value = "10.166.204.91"
      }
      env {
        name  = "REDIS_PORT"
        value = "6379"
      }
      env {
        name  = "REDIS_URL"
        value = "rediss://default@10.166.204.91:6379/1"
      }
      env {
        name  = "SESSION_REDIS_HOST"
        value = "redis.internal.acme.dev"
      }
      env {
        name = "REDIS_AUTH"
        value_source {
          secret_key_ref {
            secret = "redis-auth"
          }
        }
      }
    }
  }
}
resource "google_cloud_run_v2_service" "eu" {
  name     = "eu"
  location = "europe-west1"
  template {
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "REDIS_HOST"
        value = "10.50.0.3"
      }
    }
  }
}
