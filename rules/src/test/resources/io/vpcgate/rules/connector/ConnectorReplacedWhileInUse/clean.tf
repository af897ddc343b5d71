provider "google" {
  project = "acme"
  region  = "us-central1"
}

# An increase of max_instances updates in place.
resource "google_vpc_access_connector" "grown" {
  name          = "grown"
  network       = "prod-vpc"
  ip_cidr_range = "10.1.0.32/28"
  min_instances = 2
  max_instances = 8
}

# Replaced, but nothing uses it.
resource "google_vpc_access_connector" "unused" {
  name          = "unused"
  network       = "prod-vpc"
  ip_cidr_range = "10.2.0.0/28"
}

# The same range written with host bits is not a change.
resource "google_vpc_access_connector" "same" {
  name          = "same"
  network       = "projects/acme/global/networks/prod-vpc"
  ip_cidr_range = "10.1.0.48/28"
  max_instances = 10
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = google_vpc_access_connector.grown.id
    }
  }
}
