provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "eu" {
  name     = "eu"
  location = "europe-west1"
  template {
    vpc_access {
      # BUG: Finding contains: (europe-west1) uses connector staging-connector in us-central1
      connector = "projects/acme/locations/us-central1/connectors/staging-connector"
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
