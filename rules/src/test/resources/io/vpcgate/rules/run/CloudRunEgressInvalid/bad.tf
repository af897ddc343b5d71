provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "lowercase" {
  name     = "lowercase"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/c"
      # BUG: Finding contains: egress "all-traffic" is not ALL_TRAFFIC or PRIVATE_RANGES_ONLY
      egress    = "all-traffic"
    }
    # BUG: Finding contains: template annotation "run.googleapis.com/vpc-access-connector" is a v1 setting
    annotations = {
      "run.googleapis.com/vpc-access-connector" = "c"
      "team"                                    = "payments"
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
      # BUG: Finding contains: sets run.googleapis.com/vpc-access-egress but has no connector
      annotations = {
        "run.googleapis.com/vpc-access-egress" = "all-traffic"
      }
    }
    spec {
      containers {
        image = "gcr.io/acme/app"
      }
    }
  }
}
resource "google_cloud_run_service" "v1_deprecated" {
  name     = "v1-deprecated"
  location = "us-central1"
  template {
    metadata {
      # WARN: Finding contains: = "all" is deprecated
      annotations = {
        "run.googleapis.com/vpc-access-connector" = "c"
        "run.googleapis.com/vpc-access-egress"    = "all"
      }
    }
    spec {
      containers {
        image = "gcr.io/acme/app"
      }
    }
  }
}
