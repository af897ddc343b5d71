provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "connector" {}
resource "google_cloud_run_v2_service" "connector" {
  name     = "connector"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/c"
      egress    = "ALL_TRAFFIC"
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_v2_service" "direct_vpc" {
  name     = "direct"
  location = "us-central1"
  template {
    vpc_access {
      network_interfaces {
        network    = "vpc"
        subnetwork = "sub"
      }
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_v2_service" "unknown_connector" {
  name     = "unknown"
  location = "us-central1"
  template {
    vpc_access {
      connector = var.connector
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_v2_service" "no_vpc" {
  name     = "no-vpc"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
