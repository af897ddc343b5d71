provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "both" {
  name     = "both"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/c"
      # BUG: Finding contains: sets both connector and network_interfaces
      network_interfaces {
        network = "vpc"
      }
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_v2_service" "egress_only" {
  name     = "egress-only"
  location = "us-central1"
  template {
    # BUG: Finding contains: sets neither connector nor network_interfaces
    vpc_access {
      egress = "ALL_TRAFFIC"
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
