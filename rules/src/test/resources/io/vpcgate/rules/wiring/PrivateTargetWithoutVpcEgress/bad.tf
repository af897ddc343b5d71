provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "REDIS_HOST"
        # BUG: Finding contains: REDIS_HOST points at a private address, but it has no VPC egress
        value = "10.166.204.83"
      }
      env {
        name  = "CACHE_URL"
        # BUG: Finding contains: CACHE_URL points at a private address
        value = "redis://10.0.0.5:6379/0"
      }
      env {
        name  = "PUBLIC_API"
        value = "https://8.8.8.8/resolve"
      }
    }
  }
}
