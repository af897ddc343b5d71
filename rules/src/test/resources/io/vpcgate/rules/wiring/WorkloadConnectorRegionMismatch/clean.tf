provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "eu" {
  name          = "eu"
  region        = "europe-west1"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_cloud_run_v2_service" "same_region" {
  name     = "same"
  location = "europe-west1"
  template {
    vpc_access {
      connector = google_vpc_access_connector.eu.id
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_v2_service" "shared_vpc_host" {
  name     = "shared"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/host-project/locations/us-central1/connectors/shared"
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
