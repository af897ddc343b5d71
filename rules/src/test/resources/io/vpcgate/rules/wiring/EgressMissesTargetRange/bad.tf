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
        name  = "CACHE_HOST"
        # BUG: Finding contains: CACHE_HOST points at Redis projects/acme/locations/us-central1/instances/pupi (34.99.0.3:6379), a privately used public address
        value = "34.99.0.3"
      }
      env {
        name  = "LEGACY_HOST"
        # BUG: Finding contains: a Class E (240.0.0.0/4) address
        value = "240.0.0.7"
      }
      env {
        name  = "SHARED_HOST"
        # WARN: Finding contains: an RFC 6598 (100.64.0.0/10) address
        value = "100.72.0.10"
      }
    }
  }
}
