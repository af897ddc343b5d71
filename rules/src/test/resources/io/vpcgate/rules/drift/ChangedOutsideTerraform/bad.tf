provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/conn"
      # BUG: Finding contains: was last changed outside Terraform (client gcloud 530.0.0, by alice@acme.com) and differs from it: vpc_access.egress is ALL_TRAFFIC live and PRIVATE_RANGES_ONLY in Terraform
      egress    = "PRIVATE_RANGES_ONLY"
    }
    # BUG: Finding contains: env names is [JWT_SECRET, MODE] live and [JWT_SECRET_KEY, MODE] in Terraform
    containers {
      image = "gcr.io/acme/api"
      env {
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
