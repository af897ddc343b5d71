provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "ok" {
  name     = "ok"
  location = "us-central1"
  template {
    annotations = {
      "team" = "payments"
    }
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/c"
      egress    = "PRIVATE_RANGES_ONLY"
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_service" "v1" {
  name     = "v1"
  location = "us-central1"
  template {
    metadata {
      annotations = {
        "run.googleapis.com/vpc-access-connector" = "c"
        "run.googleapis.com/vpc-access-egress"    = "all-traffic"
        "autoscaling.knative.dev/maxScale"        = "10"
      }
    }
    spec {
      containers {
        image = "gcr.io/acme/app"
      }
    }
  }
}
