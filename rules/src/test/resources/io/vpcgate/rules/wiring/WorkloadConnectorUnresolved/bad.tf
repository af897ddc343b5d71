provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "planned" {
  name          = "planned"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_cloud_run_v2_service" "typo" {
  name     = "typo"
  location = "us-central1"
  template {
    vpc_access {
      # BUG: Finding contains: connector "stagng-connector" does not resolve to an existing or planned connector (looked in acme/us-central1/stagng-connector)
      connector = "projects/acme/locations/us-central1/connectors/stagng-connector"
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_v2_service" "short_name" {
  name     = "short"
  location = "us-central1"
  template {
    vpc_access {
      # WARN: Finding contains: connector "live-connector" is a short name
      connector = "live-connector"
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_service" "v1_missing" {
  name     = "v1"
  location = "us-central1"
  template {
    metadata {
      # BUG: Finding contains: connector "gone" does not resolve
      annotations = {
        "run.googleapis.com/vpc-access-connector" = "gone"
      }
    }
    spec {
      containers {
        image = "gcr.io/acme/app"
      }
    }
  }
}
