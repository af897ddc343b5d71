provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/api"
      env {
        # BUG: Finding contains: Terraform defines env JWT_SECRET_KEY, the live one defines JWT_SECRET instead
        name  = "JWT_SECRET_KEY"
        value = "x"
      }
      env {
        name  = "MODE"
        value = "live-value"
      }
    }
  }
}
