provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "broken" {
  # BUG: Finding contains: Connector projects/acme/locations/us-central1/connectors/broken is ERROR live ("Connector is in a bad state, manual deletion recommended")
  name          = "broken"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/28"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      # BUG: Finding contains: is DELETING live; google_cloud_run_v2_service.api routes its VPC egress through it
      connector = "projects/acme/locations/us-central1/connectors/going"
    }
  }
}
