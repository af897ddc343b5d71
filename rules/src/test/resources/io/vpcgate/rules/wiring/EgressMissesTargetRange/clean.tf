provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "all_traffic" {
  name     = "all"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/c"
      egress    = "ALL_TRAFFIC"
    }
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "CACHE_HOST"
        value = "34.99.0.3"
      }
      env {
        name  = "SHARED_HOST"
        value = "100.72.0.10"
      }
    }
  }
}
resource "google_cloud_run_v2_service" "private" {
  name     = "private"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/c"
    }
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "REDIS_HOST"
        value = "10.0.0.3"
      }
      env {
        name  = "INTERNET"
        value = "https://93.184.216.34/"
      }
    }
  }
}
