provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "redis_host" {}
resource "google_cloud_run_v2_service" "with_connector" {
  name     = "with-connector"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/c"
    }
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "REDIS_HOST"
        value = "10.166.204.83"
      }
    }
  }
}
resource "google_cloud_run_v2_service" "no_private_target" {
  name     = "public"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "REDIS_HOST"
        value = var.redis_host
      }
      env {
        name  = "LOCAL_SIDECAR"
        value = "127.0.0.1:9000"
      }
      env {
        name = "SECRET_DSN"
        value_source {
          secret_key_ref {
            secret = "dsn"
          }
        }
      }
    }
  }
}
