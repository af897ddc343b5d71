provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "app" {
  name          = "app"
  network       = "app-vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    vpc_access {
      connector = google_vpc_access_connector.app.id
    }
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "REDIS_HOST"
        # BUG: Finding contains: which is on network acme/app-vpc, but the data store is on network acme/staging-vpc
        value = "10.166.204.83"
      }
      env {
        name  = "DB_HOST"
        # BUG: Finding contains: reaches Cloud SQL projects/acme/instances/pg (10.20.0.3) through google_vpc_access_connector.app
        value = "10.20.0.3"
      }
    }
  }
}
