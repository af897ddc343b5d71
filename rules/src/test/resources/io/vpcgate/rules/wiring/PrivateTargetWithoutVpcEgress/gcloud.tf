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
        # BUG: Finding contains: REDIS_HOST points at Redis projects/acme/locations/us-central1/instances/cache (10.166.204.83:6379), but it has no VPC egress (no connector or Direct VPC), so the connection times out; the live one uses connector hand-made, set outside Terraform, which this apply removes
        value = "10.166.204.83"
      }
    }
  }
}
