provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "staging" {
  name          = "staging"
  network       = "projects/acme/global/networks/staging-vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    vpc_access {
      connector = google_vpc_access_connector.staging.id
    }
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "REDIS_HOST"
        value = "10.166.204.83"
      }
      env {
        name  = "DB_HOST"
        value = "10.20.0.3"
      }
      env {
        name  = "OTHER_PRIVATE"
        value = "10.99.0.1"
      }
    }
  }
}
