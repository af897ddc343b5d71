provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_job" "connector" {
  name     = "connector"
  location = "us-central1"
  template {
    template {
      vpc_access {
        connector = "projects/acme/locations/us-central1/connectors/c"
        egress    = "ALL_TRAFFIC"
      }
      containers {
        image = "gcr.io/acme/etl"
      }
    }
  }
}
resource "google_cloud_run_v2_job" "no_vpc" {
  name     = "no-vpc"
  location = "us-central1"
  template {
    template {
      containers {
        image = "gcr.io/acme/etl"
      }
    }
  }
}
resource "google_cloud_run_v2_worker_pool" "direct" {
  name     = "direct"
  location = "us-central1"
  template {
    vpc_access {
      network_interfaces {
        network    = "vpc"
        subnetwork = "pool"
      }
      egress = "PRIVATE_RANGES_ONLY"
    }
    containers {
      image = "gcr.io/acme/consumer"
    }
  }
}
